using System.Diagnostics;
using System.Net.Sockets;
using LakalaPos.Iso8583.Framing;
using Serilog;

namespace LakalaPos.Protocol.Links;

/// <summary>
/// Request bodies to the host over TCP, 2-byte big-endian length framing. It connects on the first
/// Send (or IsReachable) and keeps the connection for the next request; after the host closed it
/// or an error, the next Send connects again. One exchange at a time: a Send while one is
/// outstanding is refused NotConnected "busy…". Send returns at once: connecting and writing
/// happen in the background, and every outcome — NotConnected, Answer, ConnectionLost — is
/// raised on a background thread. No answer is no event: the core times out by its own clock and
/// then calls <see cref="Abandon"/>, which closes a connection the request went out on, so a late
/// answer can never be taken for the next request's. The link calls Abandon too for an answer it
/// refuses as another request's (an extra or stale frame): that connection is closed as well.
/// A frame that arrives with no exchange outstanding on its connection is logged and dropped.
/// <see cref="Retarget"/> sends the next request to another address: an exchange already sent
/// keeps its connection (its answer still counts), and the connection to the old address is
/// closed once nothing awaits an answer on it.
/// </summary>
public sealed partial class TcpTransport : IRetargetableTransport, IDisposable
{
    private TcpTransportSettings _settings; // replaced whole by Retarget, under _gate
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _wire = new(1, 1);
    private readonly CancellationTokenSource _shutdown = new();
    private TcpHostConnection? _connection;
    private Exchange? _outstanding;
    private Exchange? _answered; // the last exchange answered, until the link accepts or refuses its answer
    private int _connectionCount;
    private bool _disposed;

    public TcpTransport(TcpTransportSettings settings, ILogger logger)
    {
        _settings = settings;
        _log = logger.ForContext<TcpTransport>();
    }

    public event EventHandler<TransportEvent>? Event;

    /// <summary>Where the next request goes.</summary>
    public string Address => Settings.Address;

    private TcpTransportSettings Settings
    {
        get { lock (_gate) return _settings; }
    }

    /// <summary>
    /// The next request goes to <paramref name="hostAndPort"/> (the time-outs stay). An open
    /// connection to the old address is closed now if no answer is awaited on it; otherwise it
    /// carries its exchange to the end and is closed then, or when the next request is sent.
    /// </summary>
    public void Retarget(string hostAndPort)
    {
        TcpHostConnection? idle = null;
        TcpTransportSettings next;
        lock (_gate)
        {
            next = _settings.At(hostAndPort);
            if (_disposed || next.Address == _settings.Address)
                return;
            _settings = next;
            if (_connection is { } open && _outstanding is null)
                idle = open;
        }
        if (idle is not null)
            CloseConnection(idle, $"the host address changed to {next.Address}");
    }

    /// <summary>True while a connection to the host is open (it may still turn out closed by the host).</summary>
    public bool IsConnected
    {
        get { lock (_gate) return _connection is { IsClosed: false }; }
    }

    /// <summary>
    /// True at once while a connection is open. Otherwise it connects (and keeps the connection
    /// for the next Send), keeping its caller no longer than the smaller of
    /// <see cref="TcpTransportSettings.ReachabilityTimeout"/> and the connect timeout — a request
    /// being sent meanwhile included: it is not waited for past that limit (false).
    /// </summary>
    public bool IsReachable()
    {
        TcpHostConnection? open;
        TcpTransportSettings settings;
        lock (_gate)
        {
            if (_disposed)
                return false;
            open = _connection;
            settings = _settings;
        }
        if (open is not null && open.Address == settings.Address && open.LooksAlive())
            return true;
        var limit = settings.ReachabilityTimeout < settings.ConnectTimeout ? settings.ReachabilityTimeout : settings.ConnectTimeout;
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (!_wire.Wait(limit, _shutdown.Token))
            {
                _log.Information("Host {Address} reachability not known within {Seconds} s: a request is being sent", settings.Address, limit.TotalSeconds);
                return false;
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        try
        {
            var left = limit - Stopwatch.GetElapsedTime(started);
            var (connection, problem) = left > TimeSpan.Zero
                ? LiveConnectionAsync(settings, left, limit).GetAwaiter().GetResult()
                : (null, $"no connection within {limit.TotalSeconds} s");
            if (connection is null)
                _log.Information("Host {Address} not reachable: {Problem}", settings.Address, problem);
            return connection is not null;
        }
        finally
        {
            _wire.Release();
        }
    }

    public void Send(long exchangeId, byte[] body)
    {
        byte[] frame;
        try
        {
            frame = LengthPrefix.Frame(body);
        }
        catch (FramingException e)
        {
            Raise(new TransportEvent.NotConnected(exchangeId, $"not sent: {e.Message}"));
            return;
        }
        Exchange exchange;
        string? refusal = null;
        lock (_gate)
        {
            exchange = new Exchange(exchangeId, _settings);
            if (_disposed)
                refusal = "the transport is closed";
            else if (_outstanding is { } busy)
                refusal = $"busy: exchange {busy.Id} is still outstanding";
            else
                _outstanding = exchange;
        }
        if (refusal is not null)
        {
            _log.Warning("Exchange {Exchange} not sent: {Reason}", exchangeId, refusal);
            Raise(new TransportEvent.NotConnected(exchangeId, refusal));
            return;
        }
        _ = Task.Run(() => DeliverAsync(exchange, frame));
    }

    /// <summary>
    /// Ends <paramref name="exchangeId"/>: while it is outstanding, and also after its answer came
    /// (the link refused the answer as not this request's). Either way the connection it went out
    /// on is closed, and a request sent on it since is lost with it.
    /// </summary>
    public void Abandon(long exchangeId)
    {
        TcpHostConnection? carrying;
        Exchange? caught = null;
        lock (_gate)
        {
            if (_outstanding is { } current && current.Id == exchangeId)
            {
                carrying = current.Connection;
                _outstanding = null;
            }
            else if (_answered is { } answered && answered.Id == exchangeId)
            {
                carrying = answered.Connection;
                _answered = null;
                if (_outstanding is { } next && carrying is not null && next.Connection == carrying)
                {
                    caught = next;
                    _outstanding = null;
                }
            }
            else
            {
                return;
            }
        }
        _log.Information("Exchange {Exchange} abandoned", exchangeId);
        if (carrying is not null)
            CloseConnection(carrying, "an abandoned request was on it; a late or extra frame must not meet the next request");
        if (caught is not null)
            Raise(new TransportEvent.ConnectionLost(caught.Id, "the connection was given up: an answer on it was out of step"));
    }

    public void Dispose()
    {
        TcpHostConnection? connection;
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            connection = _connection;
            _connection = null;
            _outstanding = null;
            _answered = null;
        }
        _shutdown.Cancel();
        if (connection?.Close() == true)
            _log.Information("Disconnected from host {Address} (connection {Connection}): transport closed", connection.Address, connection.Number);
    }

    /// <summary>Connects if needed and writes, one exchange at a time on the wire; never throws.</summary>
    private async Task DeliverAsync(Exchange exchange, byte[] frame)
    {
        try
        {
            await _wire.WaitAsync(_shutdown.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        try
        {
            if (!IsOutstanding(exchange))
                return;
            var target = exchange.Target;
            var (connection, problem) = await LiveConnectionAsync(target, target.ConnectTimeout, target.ConnectTimeout).ConfigureAwait(false);
            if (connection is null)
            {
                if (TakeOutstanding(exchange, onConnection: null))
                    Raise(new TransportEvent.NotConnected(exchange.Id, $"cannot connect to {target.Address}: {problem}"));
                return;
            }
            lock (_gate)
            {
                if (_outstanding != exchange)
                    return; // abandoned while connecting: nothing left, the connection stays for the next request
                exchange.Connection = connection;
            }
            await WriteAsync(exchange, connection, frame).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _log.Error("Exchange {Exchange}: sending failed unexpectedly ({Error})", exchange.Id, e.GetType().Name);
            if (TakeOutstanding(exchange, exchange.Connection))
                Raise(new TransportEvent.ConnectionLost(exchange.Id, $"sending failed ({e.GetType().Name})"));
        }
        finally
        {
            _wire.Release();
        }
    }

    private async Task WriteAsync(Exchange exchange, TcpHostConnection connection, byte[] frame)
    {
        try
        {
            await connection.WriteAsync(frame).ConfigureAwait(false);
            _log.Debug("Exchange {Exchange}: {Length} bytes sent on connection {Connection}", exchange.Id, frame.Length, connection.Number);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // Some of it may have left: the host may have seen the request, so it counts as lost, not unsent.
            var reason = e is OperationCanceledException ? $"sending took over {exchange.Target.WriteTimeout.TotalSeconds} s" : $"sending failed ({Describe(e)})";
            var lost = TakeOutstanding(exchange, connection);
            CloseConnection(connection, reason);
            if (lost)
                Raise(new TransportEvent.ConnectionLost(exchange.Id, reason));
        }
    }

    private bool IsOutstanding(Exchange exchange)
    {
        lock (_gate)
            return _outstanding == exchange;
    }

    /// <summary>Ends the exchange if it is still outstanding (and, when given, went out on that connection).</summary>
    private bool TakeOutstanding(Exchange exchange, TcpHostConnection? onConnection)
    {
        lock (_gate)
        {
            if (_outstanding != exchange || (onConnection is not null && exchange.Connection != onConnection))
                return false;
            _outstanding = null;
            return true;
        }
    }

    /// <summary>Handlers only queue; one that throws anyway must not take the reader down.</summary>
    private void Raise(TransportEvent e)
    {
        lock (_gate)
        {
            if (_disposed)
                return;
        }
        try
        {
            Event?.Invoke(this, e);
        }
        catch (Exception error)
        {
            _log.Error("Transport event handler failed on {Event} for exchange {Exchange} ({Error})", e.GetType().Name, e.ExchangeId, error.GetType().Name);
        }
    }

    private static string Describe(Exception e) => e is SocketException s ? s.SocketErrorCode.ToString() : e.GetType().Name;

    /// <summary>One request, to the address current when it was sent; <see cref="Connection"/> is set once it is going out on one.</summary>
    private sealed class Exchange(long id, TcpTransportSettings target)
    {
        public long Id { get; } = id;
        public TcpTransportSettings Target { get; } = target;
        public TcpHostConnection? Connection { get; set; }
    }
}
