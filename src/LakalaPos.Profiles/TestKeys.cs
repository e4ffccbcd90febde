namespace LakalaPos.Profiles;

/// <summary>
/// The keys test profiles use when they name none. They are published test values: a profile
/// that uses them is a test profile and its receipts say so.
/// </summary>
public static class TestKeys
{
    /// <summary>The test terminal master key of host-protocol.md.</summary>
    public const string MasterKeyHex = "0123456789ABCDEFFEDCBA9876543210";

    /// <summary>A fixed 32-byte key for encrypting PANs in test journals.</summary>
    public const string DataKeyHex = "544553542044415441204B455920464F52204C414B414C41504F532054455354";
}
