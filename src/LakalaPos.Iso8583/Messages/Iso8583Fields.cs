namespace LakalaPos.Iso8583.Messages;

/// <summary>
/// Field values as replay checks compare them ("3=200000", "60.1=23"): text as is, binary as
/// upper-case hex, a sub-field ("60.1") as its characters. Values are in clear, PAN and track
/// included: whoever prints them must mask <see cref="IsSensitive"/> names first.
/// </summary>
public static class Iso8583Fields
{
    // 48 for every message: a batch upload's 48 carries card numbers, and a name has no MTI to tell.
    private static readonly HashSet<int> SensitiveFields = [2, 35, 36, 48, 52, 55, 62, 64];

    /// <summary>
    /// The value of a field ("3") or sub-field ("60.1"), or null when the message does not carry it.
    /// Throws <see cref="ArgumentException"/> for a name that is no field or sub-field of the table.
    /// </summary>
    public static string? ReadForDisplay(Iso8583Message message, string name)
    {
        if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var field) && Iso8583FieldTable.TryGet(field, out _))
            return message.GetDisplay(field);
        var sub = Iso8583SubFields.Find(name)
            ?? throw new ArgumentException($"'{name}' is not a field of the table nor a sub-field ({string.Join(", ", Iso8583SubFields.All.Select(s => s.Key))})", nameof(name));
        var value = message.GetText(sub.Field);
        return value is null ? null : sub.Extract(value);
    }

    /// <summary>True for a name <see cref="ReadForDisplay"/> accepts (for checking scripts before running them).</summary>
    public static bool IsKnownName(string name) =>
        Iso8583SubFields.Find(name) is not null
        || (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var field) && Iso8583FieldTable.TryGet(field, out _));

    /// <summary>Names whose values are card data, PIN blocks, keys or MACs: mask them before showing.</summary>
    public static bool IsSensitive(string name)
    {
        var fieldPart = name.Split('.')[0];
        return int.TryParse(fieldPart, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var field)
            && SensitiveFields.Contains(field);
    }

    /// <summary>
    /// Every field of the message, in field order, each followed by its sub-fields that are present
    /// (60.1-60.4, 61.1-61.5, 63.1-63.2).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ForDisplay(Iso8583Message message)
    {
        var result = new Dictionary<string, string>();
        foreach (var field in message.FieldNumbers)
        {
            var key = field.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result[key] = message.GetDisplay(field)!;
            var text = message.GetText(field);
            if (text is null)
                continue;
            foreach (var sub in Iso8583SubFields.Of(field))
            {
                if (sub.Extract(text) is { } value)
                    result[sub.Key] = value;
            }
        }
        return result;
    }
}
