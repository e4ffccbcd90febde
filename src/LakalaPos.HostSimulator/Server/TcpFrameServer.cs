using System.Net;
using System.Net.Sockets;
using LakalaPos.Iso8583.Framing;
using Serilog;

namespace LakalaPos.HostSimulator.Server;

/// <summary>
/// A host endpoint on TCP: each framed request (2-byte big-endian length) of each client goes to
/// <see cref="IHostEndpoint.Handle"/>; an Answer goes back framed, Silence sends nothing, Drop
/// closes that client's connection. Requests reach the endpoint one at a time, whatever the
/// number of clients, as the in-memory transport gives them — unless it is an
/// <see cref="IConcurrentHostEndpoint"/> (the acquirer simulator), which takes every client's at once. While the endpoint does not accept
/// connections the server stops listening (a client's connect is refused) and closes its clients;
/// it listens again on the same port when the endpoint is back. A client sending garbage or
/// vanishing loses only its own connection. Limits (<see cref="TcpFrameServerOptions"/>): a client
/// that sends no decodable request for too long, stalls mid-request or sends too many frames that
/// do not decode is disconnected; when the server or one address is full, the client waiting
/// longest makes room for a new connection; a failing accept is retried after a delay. Dispose stops everything.
/// </summary>
public sealed partial class TcpFrameServer : IDisposable
{
    private static readonly TimeSpan ShutdownWait = TimeSpan.FromSeconds(5);

    private readonly IHostEndpoint _endpoint;
    private readonly TcpFrameServerOptions _options;
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    /// <summary>One request at a time reaches the endpoint, whatever the number of clients (not used for an <see cref="IConcurrentHostEndpoint"/>).</summary>
    private readonly SemaphoreSlim _endpointGate = new(1, 1);
    private readonly Dictionary<int, FrameServerClient> _clients = [];
    private readonly Dictionary<int, Task> _serving = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _monitor;
    private Socket? _listener;
    private Task? _accepting;
    private int _accepted;
    private bool _disposed;

    /// <summary>Binds at once; throws InvalidOperationException naming the address when it cannot be had.</summary>
    public TcpFrameServer(IHostEndpoint endpoint, ILogger logger, TcpFrameServerOptions? options = null)
    {
        _endpoint = endpoint;
        _options = options ?? new TcpFrameServerOptions();
        _log = logger.ForContext<TcpFrameServer>();
        Socket first;
        try
        {
            first = Bind(_options.Port);
        }
        catch (SocketException e)
        {
            throw new InvalidOperationException($"cannot listen on {_options.Address}:{_options.Port} ({e.SocketErrorCode})", e);
        }
        Port = ((IPEndPoint)first.LocalEndPoint!).Port;
        if (EndpointAcceptsConnections())
            StartAccepting(first);
        else
        {
            first.Dispose();
            _log.Information("Host endpoint offline: not listening on {Address}:{Port} yet", _options.Address, Port);
        }
        _monitor = Task.Run(MonitorAsync);
    }

    /// <summary>The bound port (the one picked when the options said 0).</summary>
    public int Port { get; }

    /// <summary>False while the endpoint is offline (and after Dispose).</summary>
    public bool IsListening
    {
        get { lock (_gate) return _listener is not null; }
    }

    /// <summary>Connections taken in since the start.</summary>
    public int ConnectionsAccepted => Volatile.Read(ref _accepted);

    /// <summary>Clients whose request is being answered now (they keep their slot); the answer may reach the peer a moment before this drops.</summary>
    internal int ClientsBeingAnswered
    {
        get { lock (_gate) return _clients.Values.Count(c => c.IsBusy); }
    }

    public int ConnectedClients
    {
        get { lock (_gate) return _clients.Count; }
    }

    /// <summary>Closes every client connection (a host restart, as the terminal sees it); returns how many.</summary>
    public int DisconnectAll(string reason = "the server closed the connection")
    {
        FrameServerClient[] clients;
        lock (_gate)
            clients = [.. _clients.Values];
        return clients.Count(c => c.Close(reason));
    }

    public void Dispose()
    {
        Socket? listener;
        FrameServerClient[] clients;
        Task[] running;
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            listener = _listener;
            _listener = null;
            clients = [.. _clients.Values];
            running = [.. _serving.Values, _monitor, .. _accepting is null ? Array.Empty<Task>() : [_accepting]];
        }
        _stop.Cancel();
        listener?.Dispose();
        foreach (var client in clients)
            client.Close("the server stopped");
        try
        {
            Task.WaitAll(running, ShutdownWait);
        }
        catch (AggregateException)
        {
            // Every task ends on its own terms; a faulted one has already logged.
        }
        _log.Information("Server on port {Port} stopped", Port);
    }

    private Socket Bind(int port)
    {
        var socket = new Socket(_options.Address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(_options.Address, port));
            socket.Listen(_options.Backlog);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task ServeAsync(FrameServerClient client)
    {
        try
        {
            await client.ServeAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _log.Error("Client {Client} failed ({Error})", client.Number, e.GetType().Name);
            client.Close("the server failed");
        }
        finally
        {
            lock (_gate)
            {
                _clients.Remove(client.Number);
                _serving.Remove(client.Number);
            }
        }
    }

    /// <summary>Follows the endpoint going offline and back online.</summary>
    private async Task MonitorAsync()
    {
        using var timer = new PeriodicTimer(_options.OnlineCheckInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
                FollowEndpoint();
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
        catch (Exception e)
        {
            _log.Error("Server monitor failed ({Error}); the listening state no longer follows the host", e.GetType().Name);
        }
    }

    private void FollowEndpoint()
    {
        var online = EndpointAcceptsConnections();
        Socket? listener;
        lock (_gate)
        {
            if (_disposed)
                return;
            listener = _listener;
        }
        if (online && listener is null)
            ResumeListening();
        else if (!online && listener is not null)
            StopListening(listener);
    }

    private void ResumeListening()
    {
        try
        {
            StartAccepting(Bind(Port));
        }
        catch (SocketException e)
        {
            _log.Warning("Cannot listen on port {Port} again ({Error}); retrying", Port, e.SocketErrorCode);
        }
    }

    private void StopListening(Socket listener)
    {
        lock (_gate)
        {
            if (_listener != listener)
                return;
            _listener = null;
        }
        listener.Dispose();
        var closed = DisconnectAll("the host went offline");
        _log.Information("Host endpoint offline: stopped listening on port {Port}, {Closed} connections closed", Port, closed);
    }

    private bool IsCurrent(Socket listener)
    {
        lock (_gate)
            return _listener == listener;
    }

    private bool EndpointAcceptsConnections() => AcceptsConnections(_endpoint, _log);

    /// <summary>The endpoint's AcceptsConnections; an endpoint that fails to say is taken as offline (and logged).</summary>
    internal static bool AcceptsConnections(IHostEndpoint endpoint, ILogger log)
    {
        try
        {
            return endpoint.AcceptsConnections;
        }
        catch (Exception e)
        {
            log.Warning("Host failed to say whether it accepts connections ({Error})", e.GetType().Name);
            return false;
        }
    }
}
