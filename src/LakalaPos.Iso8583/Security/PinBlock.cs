using System.Security.Cryptography;

namespace LakalaPos.Iso8583.Security;

/// <summary>ISO 9564 format 0 PIN blocks under a double-length PIN key (3DES ECB).</summary>
/// <remarks>Messages never contain the PIN or the PAN, only what rule was broken.</remarks>
public static class PinBlock
{
    public const int MinPinLength = 4;
    public const int MaxPinLength = 12;
    private const int MinPanLength = 13; // 12 account digits plus the check digit
    private const int MaxPanLength = 19;

    /// <summary>The clear format 0 block: PIN field XOR PAN field.</summary>
    public static byte[] Clear(string pin, string pan)
    {
        RequirePin(pin);
        byte[] block = PinField(pin);
        XorPanField(block, pan);
        return block;
    }

    public static byte[] Encrypt(string pin, string pan, byte[] pinKey16)
    {
        byte[] clear = Clear(pin, pan);
        try
        {
            return DesEcb.EncryptTripleDes(pinKey16, clear);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(clear);
        }
    }

    /// <summary>The PIN inside an encrypted block; throws <see cref="CryptographicException"/> when the block is not a valid format 0 block for that PAN.</summary>
    public static string Decrypt(byte[] block, string pan, byte[] pinKey16)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Length != DesEcb.BlockSize)
            throw new CryptographicException($"PIN block must be {DesEcb.BlockSize} bytes, got {block.Length}.");

        byte[] field = DesEcb.DecryptTripleDes(pinKey16, block);
        try
        {
            XorPanField(field, pan);
            return ReadPinField(field);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(field);
        }
    }

    private static byte[] PinField(string pin)
    {
        // 0 | length | digits | F padding, as 16 nibbles.
        var block = new byte[DesEcb.BlockSize];
        block.AsSpan().Fill(0xFF);
        SetNibble(block, 0, 0);
        SetNibble(block, 1, pin.Length);
        for (int i = 0; i < pin.Length; i++)
            SetNibble(block, 2 + i, pin[i] - '0');
        return block;
    }

    private static string ReadPinField(byte[] field)
    {
        if (Nibble(field, 0) != 0)
            throw Invalid("the control nibble is not 0");
        int length = Nibble(field, 1);
        if (length is < MinPinLength or > MaxPinLength)
            throw Invalid($"the PIN length nibble is outside {MinPinLength}-{MaxPinLength}");

        var digits = new char[length];
        try
        {
            for (int i = 0; i < length; i++)
            {
                int nibble = Nibble(field, 2 + i);
                if (nibble > 9)
                    throw Invalid("a PIN position holds a non-digit");
                digits[i] = (char)('0' + nibble);
            }
            for (int i = 2 + length; i < 16; i++)
            {
                if (Nibble(field, i) != 0xF)
                    throw Invalid("the filler after the PIN is not all F");
            }
            return new string(digits);
        }
        finally
        {
            Array.Clear(digits);
        }
    }

    /// <summary>XORs in 0000 + the 12 rightmost PAN digits excluding the check digit.</summary>
    private static void XorPanField(byte[] block, string pan)
    {
        RequirePan(pan);
        string account = pan.Substring(pan.Length - 13, 12);
        for (int i = 0; i < 12; i++)
            SetNibble(block, 4 + i, Nibble(block, 4 + i) ^ (account[i] - '0'));
    }

    private static void RequirePin(string pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        if (pin.Length is < MinPinLength or > MaxPinLength)
            throw new ArgumentException($"PIN must have {MinPinLength}-{MaxPinLength} digits, got {pin.Length}.", nameof(pin));
        if (!pin.All(char.IsAsciiDigit))
            throw new ArgumentException("PIN must contain digits only.", nameof(pin));
    }

    private static void RequirePan(string pan)
    {
        ArgumentNullException.ThrowIfNull(pan);
        if (pan.Length is < MinPanLength or > MaxPanLength)
            throw new ArgumentException($"PAN must have {MinPanLength}-{MaxPanLength} digits, got {pan.Length}.", nameof(pan));
        if (!pan.All(char.IsAsciiDigit))
            throw new ArgumentException("PAN must contain digits only.", nameof(pan));
    }

    private static CryptographicException Invalid(string reason) =>
        new($"Not a valid ISO 9564 format 0 PIN block: {reason}.");

    private static int Nibble(byte[] block, int index) =>
        index % 2 == 0 ? block[index / 2] >> 4 : block[index / 2] & 0x0F;

    private static void SetNibble(byte[] block, int index, int value)
    {
        ref byte b = ref block[index / 2];
        b = index % 2 == 0 ? (byte)((b & 0x0F) | (value << 4)) : (byte)((b & 0xF0) | value);
    }
}
