using LakalaPos.Iso8583.Messages;

namespace LakalaPos.Protocol.Tests.Links.Fuzz;

/// <summary>One field as it sits on the wire: its length prefix (if any) and its data bytes.</summary>
internal sealed record WireField(int Number, Iso8583FieldFormat Format, byte[] Prefix, byte[] Data)
{
    public byte[] Bytes => [.. Prefix, .. Data];

    public bool IsText => Format.Type is Iso8583DataType.An or Iso8583DataType.Ans;

    public bool IsNumeric => Format.IsPackedBcd;
}

/// <summary>
/// A valid answer body cut into its parts (front = TPDU + header + MTI, bitmap, fields) by walking
/// the field table, so that a test can garble one part and put the bytes back together.
/// </summary>
internal sealed class WireAnswer
{
    public const int FrontLength = 13;

    private WireAnswer(byte[] front, byte[] bitmap, List<WireField> fields)
    {
        Front = front;
        Bitmap = bitmap;
        Fields = fields;
    }

    public byte[] Front { get; }
    public byte[] Bitmap { get; }
    public IReadOnlyList<WireField> Fields { get; }

    public static WireAnswer Split(byte[] body)
    {
        var bitmap = body[FrontLength..(FrontLength + 8)];
        var position = FrontLength + 8;
        var fields = new List<WireField>();
        for (var number = 2; number <= 64; number++)
        {
            if ((bitmap[(number - 1) / 8] & (0x80 >> ((number - 1) % 8))) == 0)
                continue;
            Iso8583FieldTable.TryGet(number, out var format);
            var prefixLength = PrefixLength(format);
            var prefix = body[position..(position + prefixLength)];
            var length = prefixLength == 0 ? format.MaxLength : int.Parse(Convert.ToHexString(prefix));
            var dataLength = format.IsPackedBcd ? (length + 1) / 2 : length;
            position += prefixLength;
            fields.Add(new WireField(number, format, prefix, body[position..(position + dataLength)]));
            position += dataLength;
        }
        return new WireAnswer(body[..FrontLength], bitmap, fields);
    }

    public static int PrefixLength(Iso8583FieldFormat format) => format.LengthType switch
    {
        Iso8583LengthType.Fixed => 0,
        Iso8583LengthType.LlVar => 1,
        _ => 2,
    };

    /// <summary>The body with field <paramref name="index"/> replaced (null: removed, its bitmap bit cleared).</summary>
    public byte[] With(int index, WireField? replacement)
    {
        var bitmap = (byte[])Bitmap.Clone();
        if (replacement is null)
        {
            var number = Fields[index].Number;
            bitmap[(number - 1) / 8] &= (byte)~(0x80 >> ((number - 1) % 8));
        }
        var fields = Fields.Select((f, i) => i == index ? replacement : f).OfType<WireField>();
        return [.. Front, .. bitmap, .. fields.SelectMany(f => f.Bytes)];
    }

    public byte[] Join() => [.. Front, .. Bitmap, .. Fields.SelectMany(f => f.Bytes)];

    /// <summary>Where field <paramref name="index"/> starts in the joined body.</summary>
    public int OffsetOf(int index) => FrontLength + 8 + Fields.Take(index).Sum(f => f.Bytes.Length);
}
