using System.Security.Cryptography;

namespace LakalaPos.Iso8583.Security;

/// <summary>
/// DES and two-key 3DES in ECB mode without padding, over whole 8-byte blocks.
/// </summary>
/// <remarks>
/// The platform one-shot <c>EncryptEcb</c> refuses 16-byte 3DES keys on Linux/OpenSSL, so a
/// double-length key is widened to K1|K2|K1. TripleDES refuses K1 == K2 as a "weak key"; that
/// key is mathematically single DES under K1 (EDE collapses), so it is run as such — test
/// profiles commonly use keys with repeated halves.
/// </remarks>
internal static class DesEcb
{
    public const int BlockSize = 8;

    public static byte[] EncryptDes(byte[] key8, ReadOnlySpan<byte> data)
    {
        RequireKeyLength(key8, 8);
        RequireWholeBlocks(data);
        using var des = DES.Create();
        des.Key = key8;
        return des.EncryptEcb(data, PaddingMode.None);
    }

    public static byte[] EncryptTripleDes(byte[] key16, ReadOnlySpan<byte> data) => RunTripleDes(key16, data, encrypt: true);

    public static byte[] DecryptTripleDes(byte[] key16, ReadOnlySpan<byte> data) => RunTripleDes(key16, data, encrypt: false);

    private static byte[] RunTripleDes(byte[] key16, ReadOnlySpan<byte> data, bool encrypt)
    {
        RequireKeyLength(key16, 16);
        RequireWholeBlocks(data);
        var k1 = key16.AsSpan(0, 8);
        var k2 = key16.AsSpan(8, 8);
        if (k1.SequenceEqual(k2))
        {
            using var des = DES.Create();
            des.Key = k1.ToArray();
            return encrypt ? des.EncryptEcb(data, PaddingMode.None) : des.DecryptEcb(data, PaddingMode.None);
        }

        var key24 = new byte[24];
        try
        {
            key16.CopyTo(key24, 0);
            k1.CopyTo(key24.AsSpan(16));
            using var tdes = TripleDES.Create();
            tdes.Key = key24;
            return encrypt ? tdes.EncryptEcb(data, PaddingMode.None) : tdes.DecryptEcb(data, PaddingMode.None);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key24);
        }
    }

    private static void RequireKeyLength(byte[] key, int expected)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != expected)
            throw new ArgumentException($"Key must be {expected} bytes, got {key.Length}.", nameof(key));
    }

    private static void RequireWholeBlocks(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0 || data.Length % BlockSize != 0)
            throw new ArgumentException($"ECB data must be a non-empty multiple of {BlockSize} bytes, got {data.Length}.", nameof(data));
    }
}
