using System.Numerics;
using System.Security.Cryptography;
using LakalaPos.Protocol.Security;

namespace LakalaPos.HostSimulator.Crypto;

/// <summary>
/// Fresh random working keys for a sign-in. Odd parity as real key management gives them, and a
/// PIN key whose halves differ (equal halves would be single DES, which .NET's TripleDES refuses).
/// </summary>
internal static class WorkingKeyFactory
{
    public static WorkingKeys Generate() => new(RandomKey(16), RandomKey(8));

    private static byte[] RandomKey(int length)
    {
        while (true)
        {
            var key = RandomNumberGenerator.GetBytes(length);
            for (var i = 0; i < key.Length; i++)
                key[i] = WithOddParity(key[i]);
            if (IsUsable(key))
                return key;
        }
    }

    private static byte WithOddParity(byte b)
    {
        var high7 = b & 0xFE;
        return (byte)(BitOperations.PopCount((uint)high7) % 2 == 0 ? high7 | 1 : high7);
    }

    private static bool IsUsable(byte[] key)
    {
        if (key.Length == 16 && key.AsSpan(0, 8).SequenceEqual(key.AsSpan(8, 8)))
            return false;
        for (var offset = 0; offset < key.Length; offset += 8)
        {
            if (DES.IsWeakKey(key.AsSpan(offset, 8).ToArray()) || DES.IsSemiWeakKey(key.AsSpan(offset, 8).ToArray()))
                return false;
        }
        return true;
    }
}
