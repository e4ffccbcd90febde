using System.Net.Sockets;
using LakalaPos.Iso8583.Framing;

namespace LakalaPos.Protocol.Links;

/// <summary>
/// One TCP connection to the host and the task that cuts what it receives into frames. It reports
/// each frame, and — once — why the connection ended, unless it was closed from this side.
/// </summary>
internal sealed class TcpHostConnection
{
    private readonly Socket _socket;
    private readonly TcpTransportSettings _settings;
    private readonly CancellationTokenSource _stop = new();
    private int _closed;

    private TcpHostConnection(Socket socket, TcpTransportSettings settings, int number)
    {
        _socket = socket;
        _settings = settings;
        Number = number;
    }

    /// <summary>Where it goes: "host:port".</summary>
    public string Address => _settings.Address;

    /// <summary>Counts connections for the log.</summary>
    public int Number { get; }

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>Connects within <paramref name="connectTimeout"/>; throws OperationCanceledException on time-out, SocketException on refusal.</summary>
    public static async Task<TcpHostConnection> OpenAsync(TcpTransportSettings settings, int number, TimeSpan connectTimeout, CancellationToken shutdown)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
            timeout.CancelAfter(connectTimeout);
            if (settings.ConnectOverride is { } connect)
                await connect(socket, timeout.Token).ConfigureAwait(false);
            else
                await socket.ConnectAsync(settings.Host, settings.Port, timeout.Token).ConfigureAwait(false);
            return new TcpHostConnection(socket, settings, number);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void StartReading(Action<TcpHostConnection, byte[]> onFrame, Action<TcpHostConnection, string> onEnded) =>
        _ = Task.Run(() => ReadLoopAsync(onFrame, onEnded));

    /// <summary>Writes the whole frame within the write timeout; throws when it cannot.</summary>
    public async Task WriteAsync(byte[] frame)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(_settings.WriteTimeout);
        var sent = 0;
        while (sent < frame.Length)
            sent += await _socket.SendAsync(frame.AsMemory(sent), SocketFlags.None, timeout.Token).ConfigureAwait(false);
    }

    /// <summary>False once closed, or when the host has closed its side (readable with nothing to read).</summary>
    public bool LooksAlive()
    {
        if (IsClosed)
            return false;
        try
        {
            return !(_socket.Poll(0, SelectMode.SelectRead) && _socket.Available == 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>Closes from this side; the reader then ends without reporting. True the first time.</summary>
    public bool Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return false;
        _stop.Cancel();
        _socket.Dispose();
        return true;
    }

    private async Task ReadLoopAsync(Action<TcpHostConnection, byte[]> onFrame, Action<TcpHostConnection, string> onEnded)
    {
        var frames = new FrameReader(_settings.MaxBodyLength);
        var buffer = new byte[4096];
        string reason;
        try
        {
            while (true)
            {
                var received = await ReceiveAsync(buffer, frames.BufferedCount).ConfigureAwait(false);
                if (received is null)
                {
                    reason = $"answer incomplete: {frames.BufferedCount} bytes, then nothing for {_settings.ReadTimeout.TotalSeconds} s";
                    break;
                }
                if (received == 0)
                {
                    reason = frames.BufferedCount > 0
                        ? $"the host closed the connection after {frames.BufferedCount} bytes of an answer"
                        : "the host closed the connection";
                    break;
                }
                frames.Append(buffer.AsSpan(0, received.Value));
                // A frame handler may close this connection (an answer out of step): what follows is not to be read.
                while (!IsClosed && frames.TryTake(out var body))
                    onFrame(this, body);
            }
        }
        catch (FramingException e)
        {
            reason = $"{e.Message}; connection closed";
        }
        catch (Exception) when (IsClosed)
        {
            return;
        }
        catch (SocketException e)
        {
            reason = $"connection failed ({e.SocketErrorCode})" + (frames.BufferedCount > 0 ? $" after {frames.BufferedCount} bytes of an answer" : "");
        }
        catch (Exception e)
        {
            reason = $"reading failed ({e.GetType().Name})";
        }
        if (!IsClosed)
            onEnded(this, reason);
    }

    /// <summary>Bytes received (0 = the host closed); null when an answer that had started stalled past the read timeout.</summary>
    private async Task<int?> ReceiveAsync(byte[] buffer, int buffered)
    {
        if (buffered == 0)
            return await _socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token).ConfigureAwait(false);
        using var stall = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        stall.CancelAfter(_settings.ReadTimeout);
        try
        {
            return await _socket.ReceiveAsync(buffer, SocketFlags.None, stall.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
        {
            return null;
        }
    }
}
