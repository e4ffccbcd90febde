namespace LakalaPos.Protocol.Links;

/// <summary>
/// A transport whose host address can change while the terminal runs (系统管理's hostAddress):
/// the next request goes to the new address. An exchange already sent keeps its way to the old
/// one until it ends, so its answer is never dropped by the change.
/// </summary>
public interface IRetargetableTransport : IFrameTransport
{
    /// <summary>Where the next request goes: "host:port" ("[ipv6]:port").</summary>
    string Address { get; }

    /// <summary>Sends the next request to <paramref name="hostAndPort"/>; FormatException when it is not HOST:PORT.</summary>
    void Retarget(string hostAndPort);
}
