using System.Text;

namespace LakalaPos.Iso8583.Messages;

/// <summary>
/// Writes one field (length prefix and data) after checking its value against the table. A GB18030
/// field's prefix and maximum count its bytes, not its characters.
/// </summary>
internal static class FieldEncoder
{
    public static void Write(Iso8583FieldFormat format, Iso8583Message message, List<byte> output)
    {
        var offset = output.Count;
        var binary = message.GetBinary(format.Field);
        var text = message.GetText(format.Field);
        byte[] data;
        int length;
        if (format.IsBinary)
        {
            data = binary ?? throw Error(format, offset, "is binary (b) but was set as text");
            length = data.Length;
        }
        else
        {
            if (text is null)
                throw Error(format, offset, $"is {format.Type.ToString().ToLowerInvariant()} but was set as bytes");
            var bad = FieldCharset.FirstInvalid(format, text);
            if (bad > 0)
                throw Error(format, offset, $"character {bad} is not allowed (only {FieldCharset.Describe(format.Type)})");
            (data, length) = format.IsPackedBcd
                ? (PackedBcd.Pack(text, leftAligned: format.LeftAligned || format.LengthType != Iso8583LengthType.Fixed), text.Length)
                : EncodeText(format, text, offset);
        }

        var unit = format.IsPackedBcd ? "digits" : format.IsBinary || format.Gb18030 ? "bytes" : "characters";
        if (format.LengthType == Iso8583LengthType.Fixed)
        {
            if (length != format.MaxLength)
                throw Error(format, offset, $"needs exactly {format.MaxLength} {unit}, has {length}");
        }
        else
        {
            if (length > format.MaxLength)
                throw Error(format, offset, $"allows at most {format.MaxLength} {unit}, has {length}");
            output.AddRange(PackedBcd.WriteLength(length, format.LengthType == Iso8583LengthType.LlVar ? 1 : 2));
        }
        output.AddRange(data);
    }

    private static (byte[] Data, int Length) EncodeText(Iso8583FieldFormat format, string text, int offset)
    {
        try
        {
            var bytes = format.Gb18030 ? Gb18030Text.GetBytes(text) : Encoding.ASCII.GetBytes(text);
            return (bytes, bytes.Length);
        }
        catch (EncoderFallbackException)
        {
            throw Error(format, offset, "holds a character that cannot be encoded as GB18030");
        }
    }

    private static Iso8583FormatException Error(Iso8583FieldFormat format, int offset, string what) =>
        new($"field {format.Field} ({format.Name}) at offset {offset}: {what}");
}
