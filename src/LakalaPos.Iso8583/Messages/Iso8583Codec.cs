namespace LakalaPos.Iso8583.Messages;

/// <summary>Thrown when bytes are not a well-formed message, or a message cannot be encoded; the text says where.</summary>
public sealed class Iso8583FormatException(string message) : Exception(message);

/// <summary>
/// Encodes and decodes TPDU + header + MTI + bitmap + fields (the 2-byte length prefix is the
/// transport's framing, not the codec's). Field formats as in docs/protocol/field-table.md.
/// Error texts name the field and the offset in the body, never a field's value.
/// </summary>
public static class Iso8583Codec
{
    public const int TpduLength = 5;
    public const int HeaderLength = 6;

    /// <summary>Where the MTI starts: the MAC covers the body from here.</summary>
    public const int MtiOffset = TpduLength + HeaderLength;

    public const int MacLength = 8;
    private const int BitmapOffset = MtiOffset + 2;
    private const int FieldsOffset = BitmapOffset + 8;

    public static byte[] Encode(Iso8583Message message) => EncodeBody(message, macPlaceholder: false);

    /// <summary>
    /// Encodes with bit 64 set and field 64 = <paramref name="mac"/> of the bytes from the MTI to the
    /// end of field 63. Any field 64 the message holds is ignored; the message is not changed.
    /// </summary>
    public static byte[] EncodeWithMac(Iso8583Message message, Func<ReadOnlySpan<byte>, byte[]> mac)
    {
        var body = EncodeBody(message, macPlaceholder: true);
        var macInput = body.AsSpan(MtiOffset, body.Length - MtiOffset - MacLength);
        var value = mac(macInput);
        if (value.Length != MacLength)
            throw new Iso8583FormatException($"field 64 (MAC) at offset {body.Length - MacLength}: the MAC function gave {value.Length} bytes, 8 needed");
        value.CopyTo(body, body.Length - MacLength);
        return body;
    }

    /// <summary>
    /// The bytes a MAC covers (MTI to the end of field 63) in a body that carries field 64.
    /// Throws <see cref="Iso8583FormatException"/> when the body does not decode or has no field 64.
    /// </summary>
    public static byte[] MacInput(ReadOnlySpan<byte> body)
    {
        var message = Decode(body);
        if (!message.Has(64))
            throw new Iso8583FormatException($"message {message.Mti} carries no field 64 (MAC)");
        // Field 64 is fixed-length and the last one, so the MAC input ends 8 bytes before the end.
        return body[MtiOffset..^MacLength].ToArray();
    }

    /// <summary>Decodes a whole message: any field that cannot be read throws <see cref="Iso8583FormatException"/>.</summary>
    public static Iso8583Message Decode(ReadOnlySpan<byte> bytes) => DecodeBody(bytes, unreadable: null);

    /// <summary>
    /// Decodes what can be read. The structure must be sound — TPDU, header, MTI, bitmap, every length
    /// prefix (BCD, within the maximum) and every field's bytes, nothing after the last — or it throws
    /// <see cref="Iso8583FormatException"/>. A field whose content cannot be read (bad BCD, a byte its
    /// charset does not allow, text that is not GB18030) is left out of the message and listed in
    /// <see cref="DecodedMessage.Unreadable"/>: whether it matters is the reader's business.
    /// </summary>
    public static DecodedMessage DecodeLenient(ReadOnlySpan<byte> bytes)
    {
        var unreadable = new List<UnreadableField>();
        var message = DecodeBody(bytes, unreadable);
        return new DecodedMessage(message, unreadable);
    }

    private static Iso8583Message DecodeBody(ReadOnlySpan<byte> bytes, List<UnreadableField>? unreadable)
    {
        if (bytes.Length < FieldsOffset)
            throw new Iso8583FormatException($"message truncated: {bytes.Length} bytes, TPDU + header + MTI + bitmap need {FieldsOffset}");
        var mti = PackedBcd.Unpack(bytes.Slice(MtiOffset, 2), 4, leftAligned: false, track: false, out var error)
            ?? throw new Iso8583FormatException($"MTI at offset {MtiOffset}: bad BCD: {error}");
        var message = new Iso8583Message(mti)
        {
            Tpdu = bytes[..TpduLength].ToArray(),
            Header = bytes.Slice(TpduLength, HeaderLength).ToArray(),
        };

        var bitmap = bytes.Slice(BitmapOffset, 8);
        if ((bitmap[0] & 0x80) != 0)
            throw new Iso8583FormatException($"bitmap at offset {BitmapOffset}: bit 1 is set, a secondary bitmap is not supported");

        var position = FieldsOffset;
        for (var field = 2; field <= 64; field++)
        {
            if (!IsBitSet(bitmap, field))
                continue;
            if (!Iso8583FieldTable.TryGet(field, out var format))
                throw new Iso8583FormatException($"field {field} at offset {position}: present in the bitmap but not in the field table");
            FieldDecoder.Read(format, bytes, ref position, message, unreadable);
        }

        if (position != bytes.Length)
            throw new Iso8583FormatException($"{bytes.Length - position} unexpected bytes after the last field, at offset {position}");
        return message;
    }

    private static byte[] EncodeBody(Iso8583Message message, bool macPlaceholder)
    {
        if (message.Tpdu is not { Length: TpduLength })
            throw new Iso8583FormatException($"TPDU at offset 0: needs {TpduLength} bytes, has {message.Tpdu?.Length ?? 0}");
        if (message.Header is not { Length: HeaderLength })
            throw new Iso8583FormatException($"header at offset {TpduLength}: needs {HeaderLength} bytes, has {message.Header?.Length ?? 0}");

        var output = new List<byte>(256);
        output.AddRange(message.Tpdu);
        output.AddRange(message.Header);
        output.AddRange(PackedBcd.Pack(message.Mti, leftAligned: false));

        var bitmap = new byte[8];
        var fields = message.FieldNumbers.Where(f => !(macPlaceholder && f == 64)).ToList();
        if (macPlaceholder)
            fields.Add(64);
        foreach (var field in fields)
            bitmap[(field - 1) / 8] |= (byte)(0x80 >> ((field - 1) % 8));
        output.AddRange(bitmap);

        foreach (var field in fields)
        {
            if (!Iso8583FieldTable.TryGet(field, out var format))
                throw new Iso8583FormatException($"field {field} at offset {output.Count}: not in the field table");
            if (macPlaceholder && field == 64)
                output.AddRange(new byte[MacLength]);
            else
                FieldEncoder.Write(format, message, output);
        }
        return output.ToArray();
    }

    private static bool IsBitSet(ReadOnlySpan<byte> bitmap, int field) =>
        (bitmap[(field - 1) / 8] & (0x80 >> ((field - 1) % 8))) != 0;
}
