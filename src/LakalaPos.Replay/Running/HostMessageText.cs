using LakalaPos.Core.Security;

namespace LakalaPos.Replay.Running;

/// <summary>
/// Host message fields as failure messages show them. Card numbers are masked; track data, PIN
/// blocks, IC data, keys and MACs hidden: a failure report is output like a log line and must never carry them.
/// </summary>
internal static class HostMessageText
{
    public static string Show(string field, string value) => field switch
    {
        "2" => PanMask.Mask(value),
        "35" or "36" or "45" => "(track data hidden)",
        "52" => "(PIN block hidden)",
        "55" => "(IC data hidden)",
        "62" => "(keys hidden)",
        "64" => "(MAC hidden)",
        _ => value,
    };

    public static string Field(string field, string? value) => $"{field}={(value is null ? "(none)" : Show(field, value))}";

    // A batch upload's field 48 lists card numbers; elsewhere (settlement totals) it is safe to show.
    public static string Field(string mti, string field, string? value) =>
        mti == "0320" && field == "48" && value is not null ? "48=(card list hidden)" : Field(field, value);

    /// <summary>An expected value as the script wrote it, masked as <see cref="Field(string, string, string?)"/>; an empty one (the field must be absent) stays empty.</summary>
    public static string Expected(string mti, string field, string value) =>
        value.Length == 0 ? $"{field}=" : Field(mti, field, value);

    /// <summary>The message with the given fields (missing ones shown as (none)).</summary>
    public static string Describe(HostMessageSeen message, IEnumerable<string> fields) =>
        string.Join(" ", fields.Select(f => Field(message.Mti, f, message.Fields.GetValueOrDefault(f))).Prepend(message.Mti));

    /// <summary>The message with all its fields, in field-number order.</summary>
    public static string DescribeAll(HostMessageSeen message) =>
        Describe(message, message.Fields.Keys.Order(FieldNumberOrder.Instance));

    /// <summary>Orders "3" before "11" and "60.1" before "60.2".</summary>
    private sealed class FieldNumberOrder : IComparer<string>
    {
        public static readonly FieldNumberOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = (x ?? "").Split('.');
            var b = (y ?? "").Split('.');
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                var byNumber = int.TryParse(a[i], out var na) && int.TryParse(b[i], out var nb)
                    ? na.CompareTo(nb)
                    : string.CompareOrdinal(a[i], b[i]);
                if (byNumber != 0)
                    return byNumber;
            }
            return a.Length.CompareTo(b.Length);
        }
    }
}
