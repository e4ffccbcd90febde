namespace LakalaPos.Replay.Parsing;

/// <summary>The journal fields that <c>expect txn</c> and <c>save</c> can name.</summary>
public enum JournalField
{
    Voucher,
    Type,
    Status,
    Amount,
    Card,
    Operator,
    Rrn,
    Auth,
    Batch,
    OrigVoucher,
    OrigRrn,
    OrigDate,
    Reason,
    Method,
    Code,
}

public static class JournalFieldNames
{
    private static readonly Dictionary<string, JournalField> ByName = Enum.GetValues<JournalField>()
        .ToDictionary(ScriptName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The name as scripts spell it: voucher, origVoucher, ...</summary>
    public static string ScriptName(this JournalField field)
    {
        var name = field.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Field names are matched ignoring case (origvoucher = origVoucher).</summary>
    public static bool TryParse(string name, out JournalField field) => ByName.TryGetValue(name, out field);

    public static string AllNames => string.Join(", ", Enum.GetValues<JournalField>().Select(ScriptName));
}
