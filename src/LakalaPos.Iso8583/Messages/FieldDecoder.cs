using System.Text;

namespace LakalaPos.Iso8583.Messages;

/// <summary>Reads one field at a position in a body, refusing anything the table does not allow.</summary>
internal static class FieldDecoder
{
    public static void Read(Iso8583FieldFormat format, ReadOnlySpan<byte> body, ref int position, Iso8583Message message)
    {
        var start = position;
        int length;
        if (format.LengthType == Iso8583LengthType.Fixed)
        {
            length = format.MaxLength;
        }
        else
        {
            var prefixBytes = format.LengthType == Iso8583LengthType.LlVar ? 1 : 2;
            var prefix = Take(body, ref position, prefixBytes, format, start, "length prefix");
            length = PackedBcd.ReadLength(prefix);
            if (length < 0)
                throw Error(format, start, "length prefix is not BCD");
            if (length > format.MaxLength)
                throw Error(format, start, $"length {length} is over the maximum {format.MaxLength}");
        }

        var byteCount = format.IsPackedBcd ? PackedBcd.ByteCount(length) : length;
        var data = Take(body, ref position, byteCount, format, start, $"{byteCount} data bytes");
        if (format.IsBinary)
        {
            message.Set(format.Field, data.ToArray());
            return;
        }

        var text = format.IsPackedBcd ? UnpackDigits(format, data, length, start) : DecodeText(format, data, start);
        var bad = FieldCharset.FirstInvalid(format, text);
        if (bad > 0)
            throw Error(format, start, $"character {bad} is not allowed (only {FieldCharset.Describe(format.Type)})");
        message.Set(format.Field, text);
    }

    private static string UnpackDigits(Iso8583FieldFormat format, ReadOnlySpan<byte> data, int digits, int start)
    {
        var leftAligned = format.LeftAligned || format.LengthType != Iso8583LengthType.Fixed;
        var text = PackedBcd.Unpack(data, digits, leftAligned, format.Type == Iso8583DataType.Z, out var error);
        return text ?? throw Error(format, start, $"bad BCD: {error}");
    }

    private static string DecodeText(Iso8583FieldFormat format, ReadOnlySpan<byte> data, int start)
    {
        if (!format.AllowsUtf8)
        {
            foreach (var b in data)
            {
                if (b > 0x7E)
                    throw Error(format, start, $"byte {b:X2} is not ASCII text");
            }
            return Encoding.ASCII.GetString(data);
        }
        try
        {
            return FieldCharset.StrictUtf8.GetString(data);
        }
        catch (DecoderFallbackException)
        {
            throw Error(format, start, "is not valid UTF-8");
        }
    }

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> body, ref int position, int count, Iso8583FieldFormat format, int start, string what)
    {
        if (body.Length - position < count)
            throw Error(format, start, $"truncated: needs {what} at offset {position}, only {body.Length - position} left");
        var slice = body.Slice(position, count);
        position += count;
        return slice;
    }

    private static Iso8583FormatException Error(Iso8583FieldFormat format, int offset, string what) =>
        new($"field {format.Field} ({format.Name}) at offset {offset}: {what}");
}
