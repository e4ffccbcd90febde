namespace LakalaPos.Protocol.Links;

/// <summary>What the link needs from the terminal profile. The master key is a secret: never log it.</summary>
public sealed class HostLinkSettings
{
    /// <summary>The TMK of test profiles (host-protocol.md).</summary>
    public static byte[] TestMasterKey => Convert.FromHexString("0123456789ABCDEFFEDCBA9876543210");

    /// <summary>5 bytes: 60 + destination + source.</summary>
    public byte[] Tpdu { get; init; } = [0x60, 0x00, 0x03, 0x00, 0x00];

    /// <summary>Terminal master key (16 bytes) that field 62 of a sign-in answer is encrypted under.</summary>
    public required byte[] MasterKey { get; init; }

    /// <summary>
    /// Once the session has a MAC key, an approved (00) answer to a MACed request must carry a
    /// field 64 that verifies; a missing one counts as a bad MAC. Off only for a host that does not MAC answers.
    /// </summary>
    public bool RequireMacOnApprovedAnswers { get; init; } = true;

    public override string ToString() => $"HostLinkSettings(TPDU {Convert.ToHexString(Tpdu)}, master key ****)";
}
