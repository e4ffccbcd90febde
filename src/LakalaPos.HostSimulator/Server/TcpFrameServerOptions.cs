using System.Net;
using System.Net.Sockets;
using LakalaPos.Iso8583.Framing;

namespace LakalaPos.HostSimulator.Server;

/// <summary>Where a <see cref="TcpFrameServer"/> listens and how patient it is with clients.</summary>
public sealed class TcpFrameServerOptions
{
    /// <summary>The loopback address by default: a test or demo host is not for the network.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>0 picks a free port; <see cref="TcpFrameServer.Port"/> tells which.</summary>
    public int Port
    {
        get;
        init => field = value is >= 0 and <= 65535 ? value : throw new ArgumentOutOfRangeException(nameof(Port), value, "a TCP port is between 0 and 65535");
    }

    /// <summary>A client announcing a longer frame is disconnected.</summary>
    public int MaxBodyLength { get; init; } = FrameReader.DefaultMaxBodyLength;

    /// <summary>A client that does not take an answer within this long is disconnected.</summary>
    public TimeSpan WriteTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A client that completes no request the codec can decode for this long (since it connected or
    /// since its last such request) is disconnected, whatever else it sends, so neither a forgotten
    /// connection nor one sending junk holds a slot for ever.
    /// </summary>
    public TimeSpan IdleTimeout
    {
        get;
        init => field = Positive(value, nameof(IdleTimeout));
    } = TimeSpan.FromSeconds(120);

    /// <summary>Once a request's first byte has arrived, the whole request must arrive within this long, or the client is disconnected.</summary>
    public TimeSpan FrameTimeout
    {
        get;
        init => field = Positive(value, nameof(FrameTimeout));
    } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Clients served at once. A new connection beyond them takes the slot of the client that has
    /// waited longest (<see cref="TcpFrameServer"/>); only when every client is being answered is it closed at once.
    /// </summary>
    public int MaxClients
    {
        get;
        init => field = AtLeastOne(value, nameof(MaxClients));
    } = 64;

    /// <summary>
    /// Clients served at once from one IP address; a new connection beyond them takes the slot of
    /// that address's client that has waited longest, so one address cannot crowd out the others.
    /// On the loopback address every client shares one address: keep it at <see cref="MaxClients"/> there.
    /// </summary>
    public int MaxClientsPerAddress
    {
        get;
        init => field = AtLeastOne(value, nameof(MaxClientsPerAddress));
    } = 64;

    /// <summary>
    /// A client whose frames hold bytes the ISO 8583 codec cannot decode is disconnected at the
    /// frame that makes this many (counted over the connection). Such frames still reach the host
    /// (which records them and applies its rules) but never count as a request for <see cref="IdleTimeout"/>.
    /// </summary>
    public int MaxUndecodableFrames
    {
        get;
        init => field = AtLeastOne(value, nameof(MaxUndecodableFrames));
    } = 3;

    /// <summary>
    /// After accepting a connection failed (out of file descriptors, say), the server waits this
    /// long before accepting again, so a lasting failure costs one log line per wait, not a spinning loop.
    /// </summary>
    public TimeSpan AcceptRetryDelay
    {
        get;
        init => field = Positive(value, nameof(AcceptRetryDelay));
    } = TimeSpan.FromSeconds(1);

    /// <summary>The clock of the client time-outs and of the accept retry delay (not of <see cref="OnlineCheckInterval"/>).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How often the endpoint's AcceptsConnections is looked at to stop or resume listening.</summary>
    public TimeSpan OnlineCheckInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Connections the system holds for the server before it takes them in. Large enough for a
    /// burst of peers: when it overflows, the system drops a connect and the peer — a terminal
    /// signing in, perhaps — only tries again a second or more later.
    /// </summary>
    public int Backlog { get; init; } = 512;

    /// <summary>Stands in for the listener's accept in tests (an accept that fails); null = the real one.</summary>
    internal Func<Socket, CancellationToken, ValueTask<Socket>>? AcceptOverride { get; init; }

    private static int AtLeastOne(int value, string name) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, "at least one is needed");

    private static TimeSpan Positive(TimeSpan value, string name) =>
        value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, value, "a time-out or delay is longer than zero");
}
