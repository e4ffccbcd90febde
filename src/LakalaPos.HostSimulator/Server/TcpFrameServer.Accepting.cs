using System.Net.Sockets;

namespace LakalaPos.HostSimulator.Server;

/// <summary>Taking connections in: the accept loop, its retry delay, the client limit.</summary>
public sealed partial class TcpFrameServer
{
    private void StartAccepting(Socket listener)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                listener.Dispose();
                return;
            }
            _listener = listener;
            _accepting = Task.Run(() => AcceptLoopAsync(listener));
        }
        _log.Information("Listening on {Address}:{Port}", _options.Address, Port);
    }

    private async Task AcceptLoopAsync(Socket listener)
    {
        var failuresInARow = 0;
        while (true)
        {
            Socket socket;
            try
            {
                socket = await (_options.AcceptOverride is { } accept ? accept(listener, _stop.Token) : listener.AcceptAsync(_stop.Token)).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                if (_stop.IsCancellationRequested || !IsCurrent(listener))
                    return;
                // A lasting failure (out of file descriptors) would fail again at once: wait, so it costs one line per wait.
                failuresInARow++;
                _log.Warning("Accepting a connection failed ({Error}, {Failures} in a row); trying again in {Seconds} s",
                    e is SocketException s ? s.SocketErrorCode.ToString() : e.GetType().Name, failuresInARow, _options.AcceptRetryDelay.TotalSeconds);
                if (!await RetryDelayAsync().ConfigureAwait(false))
                    return;
                continue;
            }
            failuresInARow = 0;
            Admit(socket);
        }
    }

    /// <summary>False when the server stopped during the wait.</summary>
    private async Task<bool> RetryDelayAsync()
    {
        try
        {
            await Task.Delay(_options.AcceptRetryDelay, _options.TimeProvider, _stop.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Admit(Socket socket)
    {
        if (!EndpointAcceptsConnections())
        {
            _log.Information("Connection from {Remote} refused: host offline", RemoteOf(socket));
            socket.Dispose();
            return;
        }
        FrameServerClient? client = null;
        lock (_gate)
        {
            if (_disposed)
            {
                socket.Dispose();
                return;
            }
            if (_clients.Count < _options.MaxClients)
            {
                var number = Interlocked.Increment(ref _accepted);
                client = new FrameServerClient(socket, number, _endpoint, _endpointGate, _options, _log);
                _clients[number] = client;
                // The task cannot remove itself before this lock is released, so it is always found.
                _serving[number] = Task.Run(() => ServeAsync(client));
            }
        }
        if (client is null)
        {
            _log.Warning("Connection from {Remote} closed at once: {Max} clients are already connected", RemoteOf(socket), _options.MaxClients);
            socket.Dispose();
            return;
        }
        _log.Information("Client {Client} connected from {Remote}", client.Number, client.Remote);
    }

    /// <summary>A client may be gone by the time it is looked at.</summary>
    internal static string RemoteOf(Socket socket)
    {
        try
        {
            return socket.RemoteEndPoint?.ToString() ?? "?";
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return "?";
        }
    }
}
