using System.Net.Sockets;
using LakalaPos.Iso8583.Framing;
using Serilog;

namespace LakalaPos.HostSimulator.Server;

/// <summary>
/// One client of a <see cref="TcpFrameServer"/>: reads framed requests, hands each to the endpoint,
/// writes answers back. Whatever the client sends or does, it ends with this connection closed,
/// never with an exception.
/// </summary>
internal sealed class FrameServerClient
{
    private readonly Socket _socket;
    private readonly IHostEndpoint _endpoint;
    private readonly Lock _endpointGate;
    private readonly TcpFrameServerOptions _options;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stop = new();
    private int _closed;

    public FrameServerClient(Socket socket, int number, IHostEndpoint endpoint, Lock endpointGate, TcpFrameServerOptions options, ILogger log)
    {
        _socket = socket;
        Number = number;
        _endpoint = endpoint;
        _endpointGate = endpointGate;
        _options = options;
        _log = log;
        Remote = TcpFrameServer.RemoteOf(socket);
    }

    public int Number { get; }
    public string Remote { get; }

    /// <summary>Serves until the client leaves, misbehaves, the endpoint drops it, or <see cref="Close"/>.</summary>
    public async Task ServeAsync()
    {
        var reason = await ServeUntilDoneAsync().ConfigureAwait(false);
        Close(reason);
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
        var idleSince = clock.GetTimestamp();
        var frameStarted = idleSince;
        try
        {
            while (true)
            {
                var partial = frames.BufferedCount > 0;
                var left = partial
                    ? _options.FrameTimeout - clock.GetElapsedTime(frameStarted)
                    : _options.IdleTimeout - clock.GetElapsedTime(idleSince);
                var received = left > TimeSpan.Zero ? await ReceiveAsync(buffer, left).ConfigureAwait(false) : null;
                if (received is null)
                {
                    return partial
                        ? $"request incomplete: {frames.BufferedCount} bytes, then nothing for {_options.FrameTimeout.TotalSeconds} s"
                        : $"no request for {_options.IdleTimeout.TotalSeconds} s";
                }
                if (received == 0)
                    return frames.BufferedCount > 0 ? $"client closed after {frames.BufferedCount} bytes of a request" : "client closed";
                if (!partial)
                    frameStarted = clock.GetTimestamp();
                frames.Append(buffer.AsSpan(0, received.Value));
                while (frames.TryTake(out var body))
                {
                    if (await AnswerAsync(body).ConfigureAwait(false) is { } ending)
                        return ending;
                    // Bytes left over are the next request's start: its time runs from now.
                    idleSince = frameStarted = clock.GetTimestamp();
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

    /// <summary>Bytes received (0 = the client closed); null when nothing came within <paramref name="limit"/>.</summary>
    private async Task<int?> ReceiveAsync(byte[] buffer, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit, _options.TimeProvider);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, timeout.Token);
        try
        {
            return await _socket.ReceiveAsync(buffer, SocketFlags.None, either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Handles one request; returns why the connection must end, or null to go on.</summary>
    private async Task<string?> AnswerAsync(byte[] body)
    {
        if (!AcceptsConnections())
            return "the host went offline";
        HostReply reply;
        try
        {
            lock (_endpointGate)
                reply = _endpoint.Handle(body);
        }
        catch (Exception e)
        {
            // As the in-memory transport does: a host that fails a request drops the connection.
            _log.Warning("Host failed to handle a {Length}-byte request from client {Client} ({Error})", body.Length, Number, e.GetType().Name);
            return $"the host failed ({e.GetType().Name})";
        }
        switch (reply)
        {
            case HostReply.Answer answer:
                return await WriteAnswerAsync(answer.Body).ConfigureAwait(false);
            case HostReply.Drop:
                return "the host dropped the connection";
            default:
                return null; // Silence: the client waits and times out by its own clock
        }
    }

    private bool AcceptsConnections()
    {
        try
        {
            return _endpoint.AcceptsConnections;
        }
        catch (Exception e)
        {
            _log.Warning("Host failed to say whether it accepts connections ({Error})", e.GetType().Name);
            return false;
        }
    }

    private async Task<string?> WriteAnswerAsync(byte[] body)
    {
        byte[] frame;
        try
        {
            frame = LengthPrefix.Frame(body);
        }
        catch (FramingException e)
        {
            _log.Warning("Host answer to client {Client} cannot be sent: {Problem}", Number, e.Message);
            return $"the host's answer cannot be framed ({e.Message})";
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(_options.WriteTimeout);
        try
        {
            var sent = 0;
            while (sent < frame.Length)
                sent += await _socket.SendAsync(frame.AsMemory(sent), SocketFlags.None, timeout.Token).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
        {
            return $"client did not take the answer within {_options.WriteTimeout.TotalSeconds} s";
        }
    }
}
