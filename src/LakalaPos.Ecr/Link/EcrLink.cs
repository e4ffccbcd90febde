using LakalaPos.Ecr.Framing;
using Serilog;

namespace LakalaPos.Ecr.Link;

/// <summary>
/// One end of the register link, with no I/O of its own: the driver hands it the bytes that came
/// in (<see cref="Receive"/>), calls <see cref="Tick"/> now and then (every read slice), and writes
/// what <see cref="TakeOutput"/> gives. It ACKs good frames and delivers their bodies
/// (<see cref="Delivered"/>), NAKs bad and stalled ones, ignores noise outside frames, and sends
/// messages one frame at a time: each waits for ACK, is sent again on NAK or after the ACK
/// time-out, and after the last resend is given up (<see cref="GivenUp"/>); later messages queue
/// behind it. Events are raised on the caller's thread, inside the call that caused them; a
/// handler may call <see cref="Send"/>. Not thread-safe: one thread drives it.
/// </summary>
public sealed class EcrLink
{
    private readonly TimeProvider _time;
    private readonly EcrLinkTiming _timing;
    private readonly ILogger _log;
    private readonly string _name;
    private readonly FrameReceiver _receiver = new();
    private readonly Queue<string> _waiting = new();
    private readonly List<byte> _output = [];
    private Outstanding? _outstanding;
    private long _lastByteAt;

    public EcrLink(TimeProvider time, string name, ILogger? log = null, EcrLinkTiming? timing = null)
    {
        _time = time;
        _name = name;
        _log = log ?? Serilog.Core.Logger.None;
        _timing = timing ?? EcrLinkTiming.Default;
    }

    /// <summary>The body of a good frame from the peer (already ACKed).</summary>
    public event Action<string>? Delivered;

    /// <summary>A message the peer acknowledged.</summary>
    public event Action<string>? Acknowledged;

    /// <summary>A message not acknowledged after every resend (or dropped by <see cref="Reset"/>): the peer may not have it.</summary>
    public event Action<string>? GivenUp;

    /// <summary>Bytes outside frames ignored so far.</summary>
    public long NoiseBytes { get; private set; }

    /// <summary>Frames refused (NAKed) so far: garbled, wrong LRC, not UTF-8, stalled.</summary>
    public long FramesRefused { get; private set; }

    /// <summary>Messages sent and not yet acknowledged or given up, the one on the wire included.</summary>
    public int Pending => _waiting.Count + (_outstanding is null ? 0 : 1);

    /// <summary>Queues a message (a body of 1–9999 UTF-8 bytes; an <see cref="ArgumentException"/> otherwise) and sends it when no other is outstanding.</summary>
    public void Send(string body)
    {
        EcrFrame.Encode(body); // refuses a body that cannot be framed, before it is queued
        _waiting.Enqueue(body);
        if (_outstanding is null)
            SendNext();
    }

    /// <summary>Bytes from the peer, split however they arrived.</summary>
    public void Receive(ReadOnlySpan<byte> bytes)
    {
        var noise = 0;
        foreach (var b in bytes)
        {
            _lastByteAt = _time.GetTimestamp();
            switch (_receiver.Take(b))
            {
                case ReceiveStep.Noise:
                    noise++;
                    break;
                case ReceiveStep.Ack:
                    OnAck();
                    break;
                case ReceiveStep.Nak:
                    OnNak();
                    break;
                case ReceiveStep.Refused:
                    Refuse(_receiver.Problem);
                    break;
                case ReceiveStep.Frame:
                    _output.Add(EcrControl.Ack);
                    Delivered?.Invoke(_receiver.Body);
                    break;
            }
        }
        if (noise > 0)
            CountNoise(noise);
    }

    /// <summary>Applies the time-outs: a stalled frame is NAKed, an unacknowledged one sent again or given up.</summary>
    public void Tick()
    {
        if (_receiver.InFrame && _time.GetElapsedTime(_lastByteAt) >= _timing.StallTimeout)
        {
            _receiver.Abandon();
            Refuse($"no byte for {(int)_timing.StallTimeout.TotalMilliseconds} ms inside a frame");
        }
        if (_outstanding is { } sent && _time.GetElapsedTime(sent.At) >= _timing.AckTimeout)
            Retry(sent, $"no ACK within {(int)_timing.AckTimeout.TotalMilliseconds} ms");
    }

    /// <summary>The bytes to write to the peer now (empty when there are none); taking them empties the output.</summary>
    public byte[] TakeOutput()
    {
        if (_output.Count == 0)
            return [];
        var bytes = _output.ToArray();
        _output.Clear();
        return bytes;
    }

    /// <summary>
    /// A new connection (or none): a half-read frame and unwritten output are dropped, and every
    /// message not yet acknowledged is given up — the peer of the old connection may not have it.
    /// </summary>
    public void Reset()
    {
        _receiver.Abandon();
        _output.Clear();
        var dropped = new List<string>();
        if (_outstanding is { } sent)
            dropped.Add(sent.Body);
        dropped.AddRange(_waiting);
        _outstanding = null;
        _waiting.Clear();
        foreach (var body in dropped)
            GivenUp?.Invoke(body);
    }

    private void OnAck()
    {
        if (_outstanding is not { } sent)
        {
            _log.Debug("ECR link {Link}: an ACK with no frame awaiting one; ignored", _name);
            return;
        }
        _outstanding = null;
        Acknowledged?.Invoke(sent.Body);
        SendNext();
    }

    private void OnNak()
    {
        if (_outstanding is not { } sent)
        {
            _log.Debug("ECR link {Link}: a NAK with no frame awaiting an answer; ignored", _name);
            return;
        }
        Retry(sent, "NAK");
    }

    private void Retry(Outstanding sent, string why)
    {
        if (sent.Sends <= _timing.MaxResends)
        {
            _log.Information("ECR link {Link}: frame sent again ({Why}; send {Send} of {Sends})", _name, why, sent.Sends + 1, _timing.MaxResends + 1);
            Transmit(sent with { Sends = sent.Sends + 1 });
            return;
        }
        _log.Warning("ECR link {Link}: frame not acknowledged after {Sends} sends ({Why}); given up", _name, sent.Sends, why);
        _outstanding = null;
        GivenUp?.Invoke(sent.Body);
        SendNext();
    }

    private void SendNext()
    {
        if (_outstanding is null && _waiting.TryDequeue(out var body))
            Transmit(new Outstanding(body, EcrFrame.Encode(body), 1, 0));
    }

    private void Transmit(Outstanding sent)
    {
        _outstanding = sent with { At = _time.GetTimestamp() };
        _output.AddRange(sent.Frame);
    }

    private void Refuse(string problem)
    {
        FramesRefused++;
        _output.Add(EcrControl.Nak);
        _log.Warning("ECR link {Link}: frame refused ({Problem}); NAK sent", _name, problem);
    }

    private void CountNoise(int count)
    {
        NoiseBytes += count;
        _log.Debug("ECR link {Link}: {Count} byte(s) outside a frame ignored ({Total} in all)", _name, count, NoiseBytes);
    }

    private sealed record Outstanding(string Body, byte[] Frame, int Sends, long At);
}
