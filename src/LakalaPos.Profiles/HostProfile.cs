namespace LakalaPos.Profiles;

public enum HostLinkKind
{
    /// <summary>The host simulator embedded in the terminal process, reached in memory.</summary>
    Simulator,

    /// <summary>A host reached over TCP at <see cref="HostProfile.Address"/>.</summary>
    Tcp,
}

/// <summary>A host name or IP address and a TCP port; IPv6 addresses are written in brackets.</summary>
public sealed record HostAddress(string Host, int Port)
{
    public override string ToString() => Host.Contains(':') ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}

/// <param name="Address">Required for a TCP link; for the embedded simulator it is only the 系统管理 default.</param>
/// <param name="Tpdu">10 hex digits: 60, destination (4), source (4), e.g. 6000030000.</param>
/// <param name="MasterKey">The terminal master key (TMK, 16 bytes) that protects the working keys.</param>
public sealed record HostProfile(HostLinkKind Link, HostAddress? Address, string Tpdu, int ConnectTimeoutSeconds, KeySource MasterKey,
    int ReadTimeoutSeconds = HostProfile.DefaultReadWriteTimeoutSeconds, int WriteTimeoutSeconds = HostProfile.DefaultReadWriteTimeoutSeconds)
{
    public const int DefaultConnectTimeoutSeconds = 10;

    /// <summary>Read: how long the rest of an answer may take once it has begun; write: how long sending may take.</summary>
    public const int DefaultReadWriteTimeoutSeconds = 10;
    public const int MasterKeyBytes = 16;

    public byte[] TpduBytes() => Convert.FromHexString(Tpdu);
}
