// Socket test helpers shared by the terminal-side link tests and the host simulator's server tests.
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using LakalaPos.Iso8583.Framing;
using LakalaPos.Protocol.Links;
using LakalaPos.HostSimulator.Server;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace LakalaPos.Tests.Shared;

/// <summary>Bounded waits: every wait in the socket tests gives up after this long and fails.</summary>
internal static class Wait
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public static void Until(Func<bool> condition, string what) =>
        SpinWait.SpinUntil(condition, Limit).Should().BeTrue($"{what} within {Limit.TotalSeconds} s");
}

/// <summary>The events a transport raised, in order, waited for with a bound.</summary>
internal sealed class TransportEvents
{
    private readonly BlockingCollection<TransportEvent> _events = [];

    public TransportEvents(IFrameTransport transport) => transport.Event += (_, e) => _events.Add(e);

    public TransportEvent Next()
    {
        _events.TryTake(out var e, Wait.Limit).Should().BeTrue($"an event within {Wait.Limit.TotalSeconds} s");
        return e!;
    }

    public T Next<T>() where T : TransportEvent => Next().Should().BeOfType<T>().Subject;

    /// <summary>Events raised so far and not taken.</summary>
    public int Pending => _events.Count;
}

/// <summary>An endpoint the test scripts; thread-safe, records each request body.</summary>
internal sealed class ScriptedEndpoint : IHostEndpoint
{
    private readonly ConcurrentQueue<byte[]> _received = new();

    public volatile bool Online = true;

    public Func<byte[], HostReply> Reply { get; set; } = body => new HostReply.Answer([.. body, 0xAA]);

    public bool AcceptsConnections => Online;

    public IReadOnlyList<byte[]> Received => [.. _received];

    public HostReply Handle(byte[] requestBody)
    {
        _received.Enqueue(requestBody);
        return Reply(requestBody);
    }
}

/// <summary>A host written with raw sockets, for what a well-behaved server never does.</summary>
internal sealed class RawHost : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public RawHost() => _listener.Start();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public RawClient Accept()
    {
        var accepting = _listener.AcceptSocketAsync();
        accepting.Wait(Wait.Limit).Should().BeTrue("the transport connects");
        return new RawClient(accepting.Result);
    }

    public void Dispose() => _listener.Stop();
}

/// <summary>One raw connection, either side: frames read with a bound, bytes written as the test says.</summary>
internal sealed class RawClient(Socket socket) : IDisposable
{
    private readonly FrameReader _frames = new();

    public static RawClient Connect(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.Connect(IPAddress.Loopback, port);
        return new RawClient(socket);
    }

    public Socket Socket => socket;

    public byte[] ReadFrame()
    {
        var buffer = new byte[4096];
        socket.ReceiveTimeout = (int)Wait.Limit.TotalMilliseconds;
        while (true)
        {
            if (_frames.TryTake(out var body))
                return body;
            var n = socket.Receive(buffer);
            n.Should().BePositive("a frame was expected, the connection closed");
            _frames.Append(buffer.AsSpan(0, n));
        }
    }

    /// <summary>True when the other side closed the connection (read gives 0 or a reset) within the bound.</summary>
    public bool SeesClosed()
    {
        socket.ReceiveTimeout = (int)Wait.Limit.TotalMilliseconds;
        try
        {
            var buffer = new byte[256];
            while (true)
            {
                if (socket.Receive(buffer) == 0)
                    return true;
            }
        }
        catch (SocketException e)
        {
            return e.SocketErrorCode != SocketError.TimedOut;
        }
    }

    public void Write(params byte[] bytes) => socket.Send(bytes);

    public void WriteFrame(byte[] body) => socket.Send(LengthPrefix.Frame(body));

    /// <summary>Closes with a reset instead of a clean close.</summary>
    public void Abort()
    {
        socket.LingerState = new LingerOption(true, 0);
        socket.Dispose();
    }

    public void Dispose() => socket.Dispose();
}

/// <summary>Owns the sockets, servers and transports a test makes, and disposes them after it.</summary>
public abstract class SocketTest : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    internal CollectingSink Log { get; } = new();

    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
            owned.Dispose();
        GC.SuppressFinalize(this);
    }

    internal T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    internal TcpTransport Transport(int port, TimeSpan? readTimeout = null) => Own(new TcpTransport(
        new TcpTransportSettings { Host = "127.0.0.1", Port = port, ReadTimeout = readTimeout ?? TimeSpan.FromSeconds(10) },
        Log.Logger()));

    internal TcpFrameServer Server(IHostEndpoint endpoint, TcpFrameServerOptions? options = null) =>
        Own(new TcpFrameServer(endpoint, Log.Logger(), options));

    internal static int PortNobodyListensOn()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>Every log line, rendered with its property values, so tests can look for leaks. Thread-safe (TCP tests log from background threads).</summary>
internal sealed class CollectingSink : ILogEventSink
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get { lock (_lines) return [.. _lines]; }
    }

    public string All => string.Join("\n", Lines);

    public void Emit(LogEvent logEvent)
    {
        var line = logEvent.RenderMessage();
        lock (_lines)
            _lines.Add(line);
    }

    public ILogger Logger() => new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger();
}
