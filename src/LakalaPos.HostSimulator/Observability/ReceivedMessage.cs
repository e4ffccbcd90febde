using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Observability;

/// <summary>
/// One message that reached the host, in arrival order (<paramref name="Sequence"/> from 1): the
/// bytes as received and either the decoded message or why it did not decode.
/// </summary>
public sealed record ReceivedMessage(int Sequence, DateTimeOffset ReceivedAt, byte[] Raw, Iso8583Message? Message, string? DecodeError)
{
    public bool IsDecoded => Message is not null;

    /// <summary>
    /// The fields as replay checks compare them (<see cref="Iso8583Fields.ForDisplay"/>: "3", binary as
    /// upper-case hex, sub-fields 60.1-60.4, 61.1-61.5, 63.1-63.2); empty when it did not decode.
    /// Values are in clear: mask <see cref="Iso8583Fields.IsSensitive"/> names before showing them.
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields => Message is null ? new Dictionary<string, string>() : Iso8583Fields.ForDisplay(Message);

    /// <summary>No bytes and no field values: they hold card data.</summary>
    public override string ToString() =>
        Message is null
            ? $"#{Sequence} {Raw.Length} bytes, not a message: {DecodeError}"
            : $"#{Sequence} {Message.Mti} ({Raw.Length} bytes)";
}
