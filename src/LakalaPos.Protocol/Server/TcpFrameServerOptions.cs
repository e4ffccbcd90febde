using System.Net;
using LakalaPos.Protocol.Framing;

namespace LakalaPos.Protocol.Server;

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

    /// <summary>How often the endpoint's AcceptsConnections is looked at to stop or resume listening.</summary>
    public TimeSpan OnlineCheckInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    public int Backlog { get; init; } = 16;
}
