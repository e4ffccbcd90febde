using System.Security.Cryptography;

namespace LakalaPos.Iso8583.Security;

/// <summary>The working keys of a sign-in answer (field 62, 40 bytes, under the terminal master key).</summary>
/// <remarks>
/// Field 62 layout: PIN key under TMK (16) | its check value (4) | MAC key under TMK (8) |
/// 8 zero bytes | MAC key check value (4). The zero filler is not checked on unpack: the check
/// values already prove the keys were recovered intact.
/// </remarks>
public sealed record WorkingKeys(byte[] PinKey, byte[] MacKey)
{
    public const int Field62Length = 40;
    private const int PinKeyLength = 16;
    private const int MacKeyLength = 8;
    private const int MacKeyOffset = PinKeyLength + KeyCheckValue.Length;        // 20
    private const int MacCheckOffset = MacKeyOffset + MacKeyLength + 8;          // 36

    public byte[] PinKey { get; init; } = RequireLength(PinKey, PinKeyLength, nameof(PinKey));
    public byte[] MacKey { get; init; } = RequireLength(MacKey, MacKeyLength, nameof(MacKey));

    /// <summary>Decrypts and checks field 62; throws <see cref="CryptographicException"/> on a wrong length or check value.</summary>
    public static WorkingKeys Unpack(byte[] field62, byte[] masterKey16)
    {
        ArgumentNullException.ThrowIfNull(field62);
        if (field62.Length != Field62Length)
            throw new CryptographicException($"Field 62 must be {Field62Length} bytes, got {field62.Length}.");

        byte[] pinKey = DesEcb.DecryptTripleDes(masterKey16, field62.AsSpan(0, PinKeyLength));
        if (!CryptographicOperations.FixedTimeEquals(
                KeyCheckValue.OfDoubleLengthKey(pinKey), field62.AsSpan(PinKeyLength, KeyCheckValue.Length)))
        {
            CryptographicOperations.ZeroMemory(pinKey);
            throw new CryptographicException("PIN key check value mismatch in field 62.");
        }

        byte[] macKey = DesEcb.DecryptTripleDes(masterKey16, field62.AsSpan(MacKeyOffset, MacKeyLength));
        if (!CryptographicOperations.FixedTimeEquals(
                KeyCheckValue.OfSingleLengthKey(macKey), field62.AsSpan(MacCheckOffset, KeyCheckValue.Length)))
        {
            CryptographicOperations.ZeroMemory(pinKey);
            CryptographicOperations.ZeroMemory(macKey);
            throw new CryptographicException("MAC key check value mismatch in field 62.");
        }

        return new WorkingKeys(pinKey, macKey);
    }

    /// <summary>The field 62 a host sends for these keys (used by the host simulator).</summary>
    public byte[] Pack(byte[] masterKey16)
    {
        var field = new byte[Field62Length];
        DesEcb.EncryptTripleDes(masterKey16, PinKey).CopyTo(field, 0);
        KeyCheckValue.OfDoubleLengthKey(PinKey).CopyTo(field, PinKeyLength);
        DesEcb.EncryptTripleDes(masterKey16, MacKey).CopyTo(field, MacKeyOffset);
        KeyCheckValue.OfSingleLengthKey(MacKey).CopyTo(field, MacCheckOffset);
        return field;
    }

    /// <summary>Fresh random keys with odd parity, avoiding DES weak/semi-weak keys and equal PIN key halves.</summary>
    public static WorkingKeys Generate() =>
        new(RandomKey(PinKeyLength), RandomKey(MacKeyLength));

    /// <summary>Never the keys themselves.</summary>
    public override string ToString() => "WorkingKeys(****)";

    private static byte[] RandomKey(int length)
    {
        while (true)
        {
            byte[] key = RandomNumberGenerator.GetBytes(length);
            for (int i = 0; i < key.Length; i++)
                key[i] = WithOddParity(key[i]);
            if (IsUsable(key))
                return key;
        }
    }

    private static bool IsUsable(byte[] key)
    {
        for (int offset = 0; offset < key.Length; offset += 8)
        {
            byte[] half = key[offset..(offset + 8)];
            if (DES.IsWeakKey(half) || DES.IsSemiWeakKey(half))
                return false;
        }
        return key.Length == 8 || !key.AsSpan(0, 8).SequenceEqual(key.AsSpan(8, 8));
    }

    private static byte WithOddParity(byte b)
    {
        int high7 = b & 0xFE;
        return (byte)(System.Numerics.BitOperations.PopCount((uint)high7) % 2 == 0 ? high7 | 1 : high7);
    }

    private static byte[] RequireLength(byte[] key, int length, string name)
    {
        ArgumentNullException.ThrowIfNull(key, name);
        return key.Length == length
            ? key
            : throw new ArgumentException($"{name} must be {length} bytes, got {key.Length}.", name);
    }
}
