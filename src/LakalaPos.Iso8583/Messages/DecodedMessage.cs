namespace LakalaPos.Iso8583.Messages;

/// <summary>
/// A field whose place in the message is sound (its length prefix and bytes are there) but whose
/// content cannot be read: bad BCD, a byte its charset does not allow, text that is not GB18030.
/// <see cref="Offset"/> and <see cref="Length"/> locate its data bytes in the body.
/// </summary>
/// <param name="Problem">The decoder's text: field, offset and what is wrong, never the value.</param>
public sealed record UnreadableField(int Field, string Problem, int Offset, int Length)
{
    public override string ToString() => Problem;
}

/// <summary>
/// A message decoded leniently (<see cref="Iso8583Codec.DecodeLenient"/>): every field that could be
/// read, and the fields that could not. An unreadable field is absent from <see cref="Message"/>.
/// </summary>
public sealed record DecodedMessage(Iso8583Message Message, IReadOnlyList<UnreadableField> Unreadable)
{
    /// <summary>A message that was read in full.</summary>
    public static DecodedMessage Whole(Iso8583Message message) => new(message, []);

    /// <summary>Why <paramref name="field"/> could not be read, or null when it was read or is absent.</summary>
    public UnreadableField? ProblemWith(int field) => Unreadable.FirstOrDefault(u => u.Field == field);
}
