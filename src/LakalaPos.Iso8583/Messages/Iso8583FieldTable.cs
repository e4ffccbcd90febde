namespace LakalaPos.Iso8583.Messages;

using static Iso8583DataType;
using static Iso8583LengthType;

/// <summary>
/// The fields this terminal and its host use (host-protocol.md, docs/protocol/field-table.md).
/// A field not in this table is refused by both encoder and decoder.
/// </summary>
public static class Iso8583FieldTable
{
    private static readonly Iso8583FieldFormat[] Rows =
    [
        new(2, "primary account number", N, LlVar, 19),
        new(3, "processing code", N, Fixed, 6),
        new(4, "amount (fen)", N, Fixed, 12),
        new(11, "trace number", N, Fixed, 6),
        new(12, "local time hhmmss", N, Fixed, 6),
        new(13, "local date MMDD", N, Fixed, 4),
        new(14, "expiry YYMM", N, Fixed, 4),
        new(15, "settlement date MMDD", N, Fixed, 4),
        new(22, "entry mode", N, Fixed, 3, LeftAligned: true),
        new(23, "card sequence number", N, Fixed, 3),
        new(25, "condition code", N, Fixed, 2),
        new(26, "PIN capture code", N, Fixed, 2),
        new(32, "acquirer id", N, LlVar, 11),
        new(35, "track 2", Z, LlVar, 37),
        new(36, "track 3", Z, LllVar, 104),
        new(37, "retrieval reference number", An, Fixed, 12),
        new(38, "authorisation code", An, Fixed, 6),
        new(39, "response code", An, Fixed, 2),
        new(41, "terminal number", Ans, Fixed, 8),
        new(42, "merchant number", Ans, Fixed, 15),
        new(44, "issuer / acquirer", An, LlVar, 25),
        new(48, "additional data", N, LllVar, 322),
        new(49, "currency", An, Fixed, 3),
        new(52, "PIN block", B, Fixed, 8),
        new(53, "security information", N, Fixed, 16),
        new(54, "balance", An, LllVar, 20),
        new(55, "IC data", B, LllVar, 255),
        new(60, "reserved (60.1-60.4)", N, LllVar, 17),
        new(61, "original data", N, LllVar, 29),
        new(62, "keys / private", B, LllVar, 512),
        new(63, "private", Ans, LllVar, 163, Gb18030: true),
        new(64, "MAC", B, Fixed, 8),
    ];

    private static readonly Iso8583FieldFormat?[] ByNumber = BuildIndex();

    public static IReadOnlyList<Iso8583FieldFormat> All => Rows;

    public static bool TryGet(int field, out Iso8583FieldFormat format)
    {
        format = field is >= 0 and <= 64 ? ByNumber[field]! : null!;
        return format is not null;
    }

    private static Iso8583FieldFormat?[] BuildIndex()
    {
        var index = new Iso8583FieldFormat?[65];
        foreach (var row in Rows)
            index[row.Field] = row;
        return index;
    }
}
