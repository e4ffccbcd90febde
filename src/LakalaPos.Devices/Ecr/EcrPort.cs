using System.Collections.Concurrent;
using LakalaPos.Core.Ecr;
using LakalaPos.Devices.Ports;
using LakalaPos.Ecr.Link;
using Serilog;

namespace LakalaPos.Devices.Ecr;

/// <summary>
/// The terminal's register port over a byte channel (a serial port, or <see cref="TcpRegisterListener"/>),
/// with a reader thread of its own that opens the channel, reads it in short slices, runs the link
/// (ACK/NAK, resends, stalls) and writes what it has to say. A good request is raised as
/// <see cref="Requested"/> on that thread; a request that does not read or breaks the rules is
/// answered ERROR INVALID by the port and never raised. <see cref="Answer"/> only queues: the
/// reader thread sends it. A channel that goes away is opened again; an answer the register does
/// not take is logged and dropped (the register asks again with the same id). Nothing the register
/// sends stops the reader.
/// </summary>
public sealed class EcrPort : IEcrPort, IDisposable
{
    /// <summary>The longest one read waits: how often time-outs are looked at and queued answers sent.</summary>
    public static readonly TimeSpan ReadSlice = TimeSpan.FromMilliseconds(50);

    private static readonly TimeSpan ReopenWait = TimeSpan.FromSeconds(1);

    private readonly IByteChannel _channel;
    private readonly ILogger _log;
    private readonly EcrTerminalSide _side;
    private readonly ConcurrentQueue<EcrAnswer> _answers = new();
    private readonly ManualResetEventSlim _stop = new();
    private Thread? _reader;
    private volatile bool _open;
    private int _failedOpens;
    private int _generation;
    private long _framesRefused;

    public EcrPort(IByteChannel channel, ILogger log, TimeProvider? time = null, EcrLinkTiming? timing = null)
    {
        _channel = channel;
        _log = log;
        _side = new EcrTerminalSide("terminal " + channel.Name, request => Requested?.Invoke(this, request), log, time ?? TimeProvider.System, timing);
    }

    /// <summary>What the port reaches, for logs: a device path, or "tcp 127.0.0.1:9100".</summary>
    public string Name => _channel.Name;

    /// <summary>Whether the channel is open (for TCP: listening).</summary>
    public bool IsOpen => _open;

    /// <summary>A good request, raised on the port's reader thread.</summary>
    public event EventHandler<EcrRequest>? Requested;

    /// <summary>Frames the port refused (NAKed) since it started.</summary>
    public long FramesRefused => Interlocked.Read(ref _framesRefused);

    /// <summary>Starts the reader thread (the channel is opened there; a channel not there yet is looked for again every second).</summary>
    public void Start()
    {
        if (_reader is not null)
            return;
        _reader = new Thread(Run) { IsBackground = true, Name = "ecr " + Name };
        _reader.Start();
    }

    /// <summary>Queues the answer for the reader thread; never throws, never waits.</summary>
    public void Answer(EcrAnswer answer) => _answers.Enqueue(answer);

    public void Dispose()
    {
        if (_stop.IsSet)
            return;
        _stop.Set();
        if (_reader is null)
            return;
        if (Thread.CurrentThread != _reader && !_reader.Join(TimeSpan.FromSeconds(3)))
            _log.Warning("ECR port {Port}: the reader did not stop in time; left to end in the background", Name);
    }

    private void Run()
    {
        var buffer = new byte[4096];
        while (!_stop.IsSet)
        {
            try
            {
                if (!_open)
                    TryOpen();
                else
                    Turn(buffer);
            }
            catch (PortUnavailableException e)
            {
                _log.Warning("ECR port {Port}: gone ({Reason}); opening it again", Name, e.Reason);
                Lose();
            }
            catch (IOException e)
            {
                // The register's connection broke (TCP): the listener stays; what was not acknowledged is lost.
                _log.Warning("ECR port {Port}: {Problem}", Name, e.Message);
                _side.Reset();
            }
            catch (TimeoutException e)
            {
                _log.Warning("ECR port {Port}: a write did not finish ({Problem}); the link starts afresh", Name, e.Message);
                _side.Reset();
            }
            catch (Exception e)
            {
                _log.Error(e, "ECR port {Port}: unexpected failure; the link starts afresh", Name);
                _side.Reset();
                _stop.Wait(ReadSlice);
            }
        }
        CloseQuietly();
        DropQueuedAnswers("the port is closing");
    }

    /// <summary>One turn: read what came, answer what is queued, apply the time-outs, write.</summary>
    private void Turn(byte[] buffer)
    {
        var count = _channel.Read(buffer, ReadSlice);
        if (_channel is IRegisterChannel register && register.Generation != _generation)
        {
            _generation = register.Generation;
            _side.Reset();
        }
        if (count > 0)
            _side.Link.Receive(buffer.AsSpan(0, count));
        Array.Clear(buffer, 0, count);
        if (_channel is IRegisterChannel { HasRegister: false })
            DropQueuedAnswers("no register is connected");
        else
            while (_answers.TryDequeue(out var answer))
                _side.Answer(answer);
        _side.Link.Tick();
        Interlocked.Exchange(ref _framesRefused, _side.Link.FramesRefused);
        var output = _side.Link.TakeOutput();
        if (output.Length > 0)
            _channel.Write(output);
    }

    private void TryOpen()
    {
        try
        {
            _channel.Open();
            _open = true;
            if (_failedOpens > 0)
                _log.Information("ECR port {Port}: open after {Attempts} attempt(s)", Name, _failedOpens + 1);
            _failedOpens = 0;
        }
        catch (PortUnavailableException e)
        {
            _failedOpens++;
            if (ReopenBackoff.WorthLogging(_failedOpens))
                _log.Warning("ECR port {Port}: cannot be opened ({Reason}); trying again every second (attempt {Attempts})", Name, e.Reason, _failedOpens);
            _stop.Wait(ReopenWait);
        }
    }

    private void Lose()
    {
        CloseQuietly();
        _side.Reset();
        _stop.Wait(ReopenWait);
    }

    private void CloseQuietly()
    {
        _open = false;
        try
        {
            _channel.Close();
        }
        catch (Exception e)
        {
            _log.Warning("ECR port {Port}: closing failed ({Problem})", Name, e.Message);
        }
    }

    private void DropQueuedAnswers(string why)
    {
        while (_answers.TryDequeue(out var answer))
            _log.Warning("ECR answer to request {RequestId} dropped: {Why:l}; the register can ask again with the same id", answer.RequestId, why);
    }
}
