using LakalaPos.Profiles;
using LakalaPos.Protocol.Links;

namespace LakalaPos.Terminal.Composition;

/// <summary>The hardware profile's host section in the TCP transport's terms: the protocol never reads a profile.</summary>
internal static class HostTransportSettings
{
    /// <summary>host.address and the connect, read and write time-outs of <paramref name="host"/>.</summary>
    public static TcpTransportSettings FromProfile(HostProfile host)
    {
        var address = host.Address ?? throw new ArgumentException("the host profile has no address: a TCP link needs host.address \"host:port\"", nameof(host));
        return new TcpTransportSettings
        {
            Host = address.Host,
            Port = address.Port,
            ConnectTimeout = TimeSpan.FromSeconds(host.ConnectTimeoutSeconds),
            ReadTimeout = TimeSpan.FromSeconds(host.ReadTimeoutSeconds),
            WriteTimeout = TimeSpan.FromSeconds(host.WriteTimeoutSeconds),
        };
    }
}
