using LakalaPos.Iso8583.Messages;

namespace LakalaPos.Protocol.Tests.Links.Fuzz;

/// <summary>
/// The ways a field's bytes are garbled. The content garblings keep the message's structure
/// (length prefixes and sizes as they were); the others break it or change which fields there are.
/// </summary>
internal enum Garbling
{
    RandomData,
    InvalidBcd,
    InvalidText,
    Truncated,
    OverlongPrefix,
    Removed,
    RandomBytes,
    BitmapBitFlipped,
}

/// <summary>Applies a <see cref="Garbling"/> to one field of a valid answer, drawing from a seeded random.</summary>
internal static class Garbler
{
    public static readonly Garbling[] ContentOnly = [Garbling.RandomData, Garbling.InvalidBcd, Garbling.InvalidText];

    /// <summary>The garbled body, or null when the garbling does not apply to that field (BCD in a text field...).</summary>
    public static byte[]? Apply(Garbling garbling, WireAnswer answer, int index, Random random)
    {
        var field = answer.Fields[index];
        switch (garbling)
        {
            case Garbling.RandomData when field.Data.Length > 0:
                return answer.With(index, field with { Data = RandomBytes(random, field.Data.Length) });
            case Garbling.InvalidBcd when field.IsNumeric && field.Data.Length > 0:
                return answer.With(index, field with { Data = WithBadNibble(field.Data, random, track: field.Format.Type == Iso8583DataType.Z) });
            case Garbling.InvalidText when field.IsText && field.Data.Length > 0:
                return answer.With(index, field with { Data = WithBadText(field.Data, random, field.Format.Gb18030) });
            case Garbling.Truncated:
                return answer.Join()[..(answer.OffsetOf(index) + random.Next(field.Bytes.Length))];
            case Garbling.OverlongPrefix when field.Prefix.Length > 0:
                return answer.With(index, field with { Prefix = OverlongPrefix(field, random) });
            case Garbling.Removed:
                return answer.With(index, null);
            case Garbling.RandomBytes:
                var bytes = RandomBytes(random, random.Next(field.Bytes.Length + 5));
                return [.. answer.Join()[..answer.OffsetOf(index)], .. bytes, .. answer.Join()[(answer.OffsetOf(index) + field.Bytes.Length)..]];
            case Garbling.BitmapBitFlipped:
                var body = answer.Join();
                var bit = random.Next(1, 65);
                body[WireAnswer.FrontLength + (bit - 1) / 8] ^= (byte)(0x80 >> ((bit - 1) % 8));
                return body;
            default:
                return null;
        }
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>One nibble set to A-F (never D in track data, where it is the separator).</summary>
    private static byte[] WithBadNibble(byte[] data, Random random, bool track)
    {
        var copy = (byte[])data.Clone();
        var nibble = random.Next(copy.Length * 2);
        int value;
        do
            value = random.Next(0xA, 0x10);
        while (track && value == 0xD);
        copy[nibble / 2] = nibble % 2 == 0
            ? (byte)((copy[nibble / 2] & 0x0F) | (value << 4))
            : (byte)((copy[nibble / 2] & 0xF0) | value);
        return copy;
    }

    /// <summary>GB18030 text gets a lead byte followed by a space (no such character); ASCII text a byte above 7E.</summary>
    private static byte[] WithBadText(byte[] data, Random random, bool gb18030)
    {
        var copy = (byte[])data.Clone();
        var at = random.Next(copy.Length);
        if (gb18030 && at + 1 < copy.Length)
        {
            copy[at] = (byte)random.Next(0x81, 0xFF);
            copy[at + 1] = 0x20;
        }
        else
        {
            copy[at] = (byte)random.Next(0x80, 0x100);
        }
        return copy;
    }

    /// <summary>A BCD length over the field's maximum, or one longer than the data that follows.</summary>
    private static byte[] OverlongPrefix(WireField field, Random random)
    {
        var limit = field.Prefix.Length == 1 ? 99 : 9999;
        var currentLength = int.Parse(Convert.ToHexString(field.Prefix));
        var length = random.Next(2) == 0 ? Math.Min(field.Format.MaxLength + 1, limit) : Math.Min(currentLength + random.Next(1, 6), limit);
        return Convert.FromHexString(length.ToString(field.Prefix.Length == 1 ? "00" : "0000"));
    }
}
