using System.Net.Sockets;

namespace LakalaPos.HostSimulator.Server;

/// <summary>Taking connections in: the accept loop, its retry delay, a slot for each new client.</summary>
public sealed partial class TcpFrameServer
{
    /// <summary>How long the accept loop lets a new client read what it sent on connecting before it takes in the next connection.</summary>
    private static readonly TimeSpan FirstLookWait = TimeSpan.FromMilliseconds(100);

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
            if (Admit(socket) is { } client && !await FirstLookAsync(client).ConfigureAwait(false))
                return;
        }
    }

    /// <summary>
    /// Waits (at most <see cref="FirstLookWait"/>) until the new client has read what it sent on
    /// connecting, before the next connection is taken in. A terminal sends its request at once:
    /// read, it makes the terminal a client that talked, which a flood of new connections pushes
    /// out only after every peer that has not. False when the server stopped during the wait.
    /// </summary>
    private async Task<bool> FirstLookAsync(FrameServerClient client)
    {
        try
        {
            await client.LookedAt.WaitAsync(FirstLookWait, _stop.Token).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A busy machine: take the next connection in anyway.
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        return true;
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

    /// <summary>Gives the connection a slot and starts serving it; null when it was closed instead.</summary>
    private FrameServerClient? Admit(Socket socket)
    {
        if (!EndpointAcceptsConnections())
        {
            _log.Information("Connection from {Remote} refused: host offline", RemoteOf(socket));
            socket.Dispose();
            return null;
        }
        var address = AddressOf(socket);
        FrameServerClient? client = null;
        Room room;
        lock (_gate)
        {
            if (_disposed)
            {
                socket.Dispose();
                return null;
            }
            room = MakeRoom(address);
            if (room.Found)
            {
                var number = Interlocked.Increment(ref _accepted);
                client = new FrameServerClient(socket, number, address, _endpoint, _endpointGate, _options, _log);
                _clients[number] = client;
                // The task cannot remove itself before this lock is released, so it is always found.
                _serving[number] = Task.Run(() => ServeAsync(client));
            }
        }
        room.Evicted?.Close(room.Why);
        if (client is null)
        {
            _log.Warning("Connection from {Remote} closed at once: {Full}, each being answered", RemoteOf(socket), room.Why);
            socket.Dispose();
            return null;
        }
        _log.Information("Client {Client} connected from {Remote}", client.Number, client.Remote);
        return client;
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
