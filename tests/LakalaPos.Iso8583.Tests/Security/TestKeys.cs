namespace LakalaPos.Iso8583.Tests.Security;

/// <summary>
/// Keys and expected bytes shared by the crypto tests. Every expected value in these tests was
/// computed with the OpenSSL 3.0 command line on the build machine, never with the code under
/// test: `openssl enc -des-ede -K KEY16 -nopad` for 3DES and
/// `openssl enc -des-ecb -K KEY8 -nopad -provider legacy -provider default` for DES
/// (python3 only did the XOR and hex glue between those calls).
/// </summary>
internal static class TestKeys
{
    /// <summary>The test-profile terminal master key from host-protocol.md.</summary>
    public static byte[] MasterKey => Convert.FromHexString("0123456789ABCDEFFEDCBA9876543210");

    public static byte[] PinKey => Convert.FromHexString("00112233445566778899AABBCCDDEEFF");

    public static byte[] MacKey => Convert.FromHexString("1A2B3C4D5E6F7089");

    public const string Pan = "6222020200112233446";

    public const string Pin = "123456";
}
