using System.Net;
using System.Net.Sockets;
using LakalaPos.Iso8583.Framing;
using Serilog;

namespace LakalaPos.HostSimulator.Server;

/// <summary>
/// One client of a <see cref="TcpFrameServer"/>: reads framed requests, hands each to the endpoint,
/// writes answers back. Only a request the ISO 8583 codec decodes counts as the client being active;
/// too many that do not decode end the connection. Whatever the client sends or does, it ends with
/// this connection closed, never with an exception.
/// </summary>
internal sealed partial class FrameServerClient
{
    private readonly Socket _socket;
    private readonly IHostEndpoint _endpoint;
    private readonly SemaphoreSlim _endpointGate;
    private readonly TcpFrameServerOptions _options;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _lookedAt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _closed;
    private long _lastRequestAt;
    private int _spoke;
    private int _busy;
    private int _undecodable;

    public FrameServerClient(Socket socket, int number, IPAddress? address, IHostEndpoint endpoint, SemaphoreSlim endpointGate, TcpFrameServerOptions options, ILogger log)
    {
        _socket = socket;
        Number = number;
        Address = address;
        _endpoint = endpoint;
        _endpointGate = endpointGate;
        _options = options;
        _log = log;
        Remote = TcpFrameServer.RemoteOf(socket);
        _lastRequestAt = options.TimeProvider.GetTimestamp();
    }

    public int Number { get; }
    public string Remote { get; }

    /// <summary>The client's IP address; null when the connection was gone before it could be read.</summary>
    public IPAddress? Address { get; }

    /// <summary>True once the client has sent a request the codec decodes: it talks as a terminal does.</summary>
    public bool HasSpoken => Volatile.Read(ref _spoke) == 1;

    /// <summary>Clock timestamp of the client's last decodable request, or of its connect when it has sent none.</summary>
    public long IdleSince => Volatile.Read(ref _lastRequestAt);

    /// <summary>True while one of its requests is with the host or its answer is being written.</summary>
    public bool IsBusy => Volatile.Read(ref _busy) == 1;

    /// <summary>
    /// Completes once what the client sent on connecting has been read and each whole frame of it
    /// classed as a message or not (or once nothing more was waiting, or the connection ended).
    /// </summary>
    public Task LookedAt => _lookedAt.Task;

    /// <summary>Serves until the client leaves, misbehaves, the endpoint drops it, or <see cref="Close"/>.</summary>
    public async Task ServeAsync()
    {
        try
        {
            var reason = await ServeUntilDoneAsync().ConfigureAwait(false);
            Close(reason);
        }
        finally
        {
            _lookedAt.TrySetResult();
        }
    }

    /// <summary>Closes the connection; true the first time.</summary>
    public bool Close(string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return false;
        _stop.Cancel();
        _socket.Dispose();
        _log.Information("Client {Client} ({Remote}) disconnected: {Reason}", Number, Remote, reason);
        return true;
    }

    private async Task<string> ServeUntilDoneAsync()
    {
        var frames = new FrameReader(_options.MaxBodyLength);
        var buffer = new byte[4096];
        var clock = _options.TimeProvider;
        var frameStarted = clock.GetTimestamp();
        try
        {
            while (true)
            {
                // The idle time always runs; a request under way must also be whole within the frame time.
                var idleLeft = _options.IdleTimeout - clock.GetElapsedTime(IdleSince);
                var frameLeft = frames.BufferedCount > 0 ? _options.FrameTimeout - clock.GetElapsedTime(frameStarted) : TimeSpan.MaxValue;
                var left = frameLeft < idleLeft ? frameLeft : idleLeft;
                var received = left > TimeSpan.Zero ? await ReceiveAsync(buffer, left).ConfigureAwait(false) : null;
                if (received is null)
                    return frameLeft < idleLeft ? Incomplete(frames.BufferedCount) : Idle();
                if (received == 0)
                    return frames.BufferedCount > 0 ? $"client closed after {frames.BufferedCount} bytes of a request" : "client closed";
                if (frames.BufferedCount == 0)
                    frameStarted = clock.GetTimestamp();
                frames.Append(buffer.AsSpan(0, received.Value));
                while (frames.TryTake(out var body))
                {
                    if (await TakeAsync(body).ConfigureAwait(false) is { } ending)
                        return ending;
                    // Bytes left over are the next request's start: its time runs from now.
                    frameStarted = clock.GetTimestamp();
                }
            }
        }
        catch (FramingException e)
        {
            _log.Warning("Client {Client} sent a bad frame: {Problem}", Number, e.Message);
            return e.Message;
        }
        catch (Exception e) when (_stop.IsCancellationRequested || e is ObjectDisposedException)
        {
            return "server closed the connection";
        }
        catch (Exception e)
        {
            return e is SocketException s ? $"connection failed ({s.SocketErrorCode})" : $"connection failed ({e.GetType().Name})";
        }
    }

    private string Incomplete(int bytes) => $"request incomplete: {bytes} bytes, then nothing for {_options.FrameTimeout.TotalSeconds} s";

    private string Idle()
    {
        var reason = $"no request for {_options.IdleTimeout.TotalSeconds} s";
        return _undecodable == 0 ? reason : $"{reason} (only {_undecodable} frames that are not ISO 8583 messages)";
    }

    /// <summary>Bytes received (0 = the client closed); null when nothing came within <paramref name="limit"/>.</summary>
    private async Task<int?> ReceiveAsync(byte[] buffer, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit, _options.TimeProvider);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, timeout.Token);
        try
        {
            var receiving = _socket.ReceiveAsync(buffer, SocketFlags.None, either.Token);
            if (!receiving.IsCompleted)
                _lookedAt.TrySetResult(); // Everything the client had sent is read.
            return await receiving.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
        {
            return null;
        }
    }
}
