using System.Text;

namespace LakalaPos.Iso8583.Messages;

/// <summary>
/// Reads one field at a position in a body. What breaks the message's structure — a length
/// prefix that is not BCD or over the maximum, bytes that are not there — always throws. A content
/// problem (bad BCD, a character the format does not allow, text that is not GB18030) throws too,
/// unless the caller collects unreadable fields: then the field is skipped and listed.
/// </summary>
internal static class FieldDecoder
{
    /// <param name="unreadable">Null for a strict read; else where content problems go instead of throwing.</param>
    public static void Read(Iso8583FieldFormat format, ReadOnlySpan<byte> body, ref int position, Iso8583Message message,
        List<UnreadableField>? unreadable)
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
        var dataOffset = position;
        var data = Take(body, ref position, byteCount, format, start, $"{byteCount} data bytes");
        if (format.IsBinary)
        {
            message.Set(format.Field, data.ToArray());
            return;
        }

        var problem = ReadText(format, data, length, out var text);
        if (problem is null)
        {
            message.Set(format.Field, text);
            return;
        }
        var error = Error(format, start, problem);
        if (unreadable is null)
            throw error;
        unreadable.Add(new UnreadableField(format.Field, error.Message, dataOffset, byteCount));
    }

    /// <summary>The field's characters, or what is wrong with its content.</summary>
    private static string? ReadText(Iso8583FieldFormat format, ReadOnlySpan<byte> data, int length, out string text)
    {
        var problem = format.IsPackedBcd ? UnpackDigits(format, data, length, out text) : DecodeText(format, data, out text);
        if (problem is not null)
            return problem;
        var bad = FieldCharset.FirstInvalid(format, text);
        return bad > 0 ? $"character {bad} is not allowed (only {FieldCharset.Describe(format.Type)})" : null;
    }

    private static string? UnpackDigits(Iso8583FieldFormat format, ReadOnlySpan<byte> data, int digits, out string text)
    {
        var leftAligned = format.LeftAligned || format.LengthType != Iso8583LengthType.Fixed;
        var unpacked = PackedBcd.Unpack(data, digits, leftAligned, format.Type == Iso8583DataType.Z, out var error);
        text = unpacked ?? "";
        return unpacked is null ? $"bad BCD: {error}" : null;
    }

    private static string? DecodeText(Iso8583FieldFormat format, ReadOnlySpan<byte> data, out string text)
    {
        text = "";
        if (format.Gb18030)
            return Gb18030Text.TryDecode(data, out text) ? null : "is not valid GB18030";
        foreach (var b in data)
        {
            if (b > 0x7E)
                return $"byte {b:X2} is not ASCII text";
        }
        text = Encoding.ASCII.GetString(data);
        return null;
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
