using System.Globalization;
using System.Net.Sockets;
using LakalaPos.Iso8583.Framing;

namespace LakalaPos.Protocol.Links;

/// <summary>Where the host is and how long the TCP transport waits for it.</summary>
public sealed class TcpTransportSettings
{
    /// <summary>Host name or IP address (IPv6 without brackets).</summary>
    public required string Host { get; init; }

    public required int Port
    {
        get;
        init => field = value is > 0 and <= 65535 ? value : throw new ArgumentOutOfRangeException(nameof(Port), value, "a TCP port is between 1 and 65535");
    }

    /// <summary>How long a connection attempt may take before the request is reported NotConnected.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The longest <see cref="TcpTransport.IsReachable"/> may keep its caller (the terminal asks on
    /// its engine thread): with no open connection it tries to connect for at most the smaller of
    /// this and <see cref="ConnectTimeout"/>, a wait for a request being sent included.
    /// </summary>
    public TimeSpan ReachabilityTimeout
    {
        get;
        init => field = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(ReachabilityTimeout), value, "a reachability timeout is longer than zero");
    } = TimeSpan.FromSeconds(2);

    /// <summary>How long writing one request may take before the connection is given up.</summary>
    public TimeSpan WriteTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Once an answer has started, how long its remaining bytes may take. Waiting for an answer
    /// to start is not timed here: that time-out is the core's.
    /// </summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A frame announcing more bytes than this closes the connection.</summary>
    public int MaxBodyLength { get; init; } = FrameReader.DefaultMaxBodyLength;

    /// <summary>Stands in for the socket's connect in tests (a connect that hangs); null = the real one.</summary>
    internal Func<Socket, CancellationToken, ValueTask>? ConnectOverride { get; init; }

    public string Address => Host.Contains(':') ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    /// <summary>"host:port" or "[ipv6]:port", as 系统管理 keeps the host address.</summary>
    public static TcpTransportSettings Parse(string hostAndPort, TimeSpan connectTimeout)
    {
        var (host, port) = SplitAddress(hostAndPort);
        return new TcpTransportSettings { Host = host, Port = port, ConnectTimeout = connectTimeout };
    }

    /// <summary>These settings with another host address ("host:port" or "[ipv6]:port"); the time-outs and limits stay.</summary>
    public TcpTransportSettings At(string hostAndPort)
    {
        var (host, port) = SplitAddress(hostAndPort);
        return new TcpTransportSettings
        {
            Host = host,
            Port = port,
            ConnectTimeout = ConnectTimeout,
            ReachabilityTimeout = ReachabilityTimeout,
            WriteTimeout = WriteTimeout,
            ReadTimeout = ReadTimeout,
            MaxBodyLength = MaxBodyLength,
            ConnectOverride = ConnectOverride,
        };
    }

    /// <summary>"host:port" or "[ipv6]:port" as <see cref="Address"/> writes it ("::1:5800" → "[::1]:5800"); FormatException when it is neither.</summary>
    public static string NormalAddress(string hostAndPort)
    {
        var (host, port) = SplitAddress(hostAndPort);
        return host.Contains(':') ? $"[{host}]:{port}" : $"{host}:{port}";
    }

    /// <summary>The host and port of "host:port" or "[ipv6]:port"; FormatException when it is neither.</summary>
    public static (string Host, int Port) SplitAddress(string hostAndPort) =>
        LakalaPos.Core.Host.HostAddressText.TrySplit(hostAndPort, out var host, out var port)
            ? (host, port)
            : throw new FormatException($"host address '{hostAndPort}' is not HOST:PORT with a host and a port between 1 and 65535");

    public override string ToString() =>
        $"TcpTransportSettings({Address}, connect {ConnectTimeout.TotalSeconds} s, reachability {ReachabilityTimeout.TotalSeconds} s, write {WriteTimeout.TotalSeconds} s, read {ReadTimeout.TotalSeconds} s)";
}
