namespace LakalaPos.Iso8583.Messages;

/// <summary>
/// Packed BCD as UnionPay terminals use it: two digits a byte; '=' (track separator) is nibble D;
/// an odd count gets one zero pad nibble, in front (right-aligned) or behind (left-aligned).
/// </summary>
internal static class PackedBcd
{
    public static int ByteCount(int digits) => (digits + 1) / 2;

    /// <summary>Packs already validated characters (0-9, and '=' for track data).</summary>
    public static byte[] Pack(string digits, bool leftAligned)
    {
        var bytes = new byte[ByteCount(digits.Length)];
        var padFront = digits.Length % 2 == 1 && !leftAligned;
        var nibble = padFront ? 1 : 0;
        foreach (var c in digits)
        {
            var value = c == '=' ? 0xD : c - '0';
            if (nibble % 2 == 0)
                bytes[nibble / 2] = (byte)(value << 4);
            else
                bytes[nibble / 2] |= (byte)value;
            nibble++;
        }
        return bytes;
    }

    /// <summary>
    /// Unpacks <paramref name="digits"/> digits; null with <paramref name="error"/> set when a
    /// nibble is not a digit (or D in track data) or the pad nibble is not zero.
    /// </summary>
    public static string? Unpack(ReadOnlySpan<byte> bytes, int digits, bool leftAligned, bool track, out string? error)
    {
        error = null;
        var padFront = digits % 2 == 1 && !leftAligned;
        var total = bytes.Length * 2;
        var chars = new char[digits];
        var first = padFront ? 1 : 0;
        for (var i = 0; i < total; i++)
        {
            var value = i % 2 == 0 ? bytes[i / 2] >> 4 : bytes[i / 2] & 0x0F;
            var isPad = i < first || i >= first + digits;
            if (isPad)
            {
                if (value != 0)
                {
                    error = $"pad nibble {value:X} is not 0";
                    return null;
                }
                continue;
            }
            if (value <= 9)
                chars[i - first] = (char)('0' + value);
            else if (track && value == 0xD)
                chars[i - first] = '=';
            else
            {
                error = $"nibble {value:X} at digit {i - first + 1} is not {(track ? "a digit or D" : "a decimal digit")}";
                return null;
            }
        }
        return new string(chars);
    }

    /// <summary>A BCD length prefix (1 or 2 bytes); -1 when a nibble is not a decimal digit.</summary>
    public static int ReadLength(ReadOnlySpan<byte> prefix)
    {
        var value = 0;
        foreach (var b in prefix)
        {
            int high = b >> 4, low = b & 0x0F;
            if (high > 9 || low > 9)
                return -1;
            value = value * 100 + high * 10 + low;
        }
        return value;
    }

    public static byte[] WriteLength(int length, int prefixBytes)
    {
        var digits = length.ToString(prefixBytes == 1 ? "00" : "0000", System.Globalization.CultureInfo.InvariantCulture);
        return Pack(digits, leftAligned: false);
    }
}
