namespace LakalaPos.Iso8583.Messages;

/// <summary>One positional sub-field: characters [Start, Start + Length) of its field; Length null = to the end.</summary>
public sealed record Iso8583SubField(int Field, int Number, string Name, int Start, int? Length)
{
    public string Key => $"{Field}.{Number}";

    /// <summary>The sub-field's characters, or null when the field is too short to hold it.</summary>
    public string? Extract(string fieldValue)
    {
        if (fieldValue.Length <= Start)
            return null;
        var available = fieldValue.Length - Start;
        if (Length is { } length)
            return available >= length ? fieldValue.Substring(Start, length) : null;
        return fieldValue[Start..];
    }
}

/// <summary>The sub-field layouts of fields 60, 61 and 63 (docs/protocol/field-table.md).</summary>
public static class Iso8583SubFields
{
    public static readonly IReadOnlyList<Iso8583SubField> All =
    [
        new(60, 1, "message type", 0, 2),
        new(60, 2, "batch number", 2, 6),
        new(60, 3, "network management code", 8, 3),
        new(60, 4, "reading capability (5 contact IC, 6 contactless)", 11, 1),
        new(61, 1, "original batch number", 0, 6),
        new(61, 2, "original trace number", 6, 6),
        new(61, 3, "original date MMDD", 12, 4),
        new(61, 4, "original authorisation method", 16, 2),
        new(61, 5, "original authorising institution", 18, 11),
        new(63, 1, "card organisation / refund method", 0, 3),
        new(63, 2, "text", 3, null),
    ];

    public static Iso8583SubField? Find(string key) => All.FirstOrDefault(s => s.Key == key);

    public static IEnumerable<Iso8583SubField> Of(int field) => All.Where(s => s.Field == field);
}

/// <summary>Builds field 60: 60.1 n2 message type, 60.2 n6 batch, 60.3 n3 network code, 60.4 n1 reading capability.</summary>
public static class Field60
{
    public const string SignIn = "00", Sale = "22", Void = "23", Refund = "25", Balance = "01";

    /// <summary>60.1 of the network and end-of-batch messages (sign-in, settlement, batch upload): the same 00 as <see cref="SignIn"/>.</summary>
    public const string Management = SignIn;
    public const string NetworkSignInDoubleKeys = "003", NetworkSignOut = "002", NetworkEcho = "301", NetworkFinancial = "000";

    /// <summary>60.3 of a 0500 and of every 0320 but the last; the last 0320 carries 202.</summary>
    public const string NetworkSettlement = "201", NetworkUploadEnd = "202";

    /// <summary>60.4 is written only when given (chip and contactless reads).</summary>
    public static string Compose(string messageType, int batch, string networkCode, char? readCapability = null) =>
        $"{messageType}{batch:000000}{networkCode}{readCapability}";
}

/// <summary>Builds field 61: original batch n6 + original trace n6 + original date n4.</summary>
public static class Field61
{
    public static string ForVoid(int originalBatch, int originalTrace) => $"{originalBatch:000000}{originalTrace:000000}";

    public static string ForRefund(string originalDateMmdd) => $"000000000000{originalDateMmdd}";
}
