using LakalaPos.Protocol.Iso8583;

namespace LakalaPos.HostSimulator.Observability;

/// <summary>
/// A message's fields keyed as replay scripts name them: "3", "39", and the sub-fields of 60
/// (60.1 type n2, 60.2 batch n6, 60.3 network code n3, 60.4 card medium n1) and 61 (61.1 batch n6,
/// 61.2 trace n6, 61.3 date MMDD n4) as far as the field is long enough. Binary fields as upper-case hex.
/// </summary>
public static class MessageFields
{
    private static readonly (string Name, int Start, int Length)[] Field60Parts = [("60.1", 0, 2), ("60.2", 2, 6), ("60.3", 8, 3), ("60.4", 11, 1)];
    private static readonly (string Name, int Start, int Length)[] Field61Parts = [("61.1", 0, 6), ("61.2", 6, 6), ("61.3", 12, 4)];

    public static IReadOnlyDictionary<string, string> ForChecks(Iso8583Message message)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var number in message.FieldNumbers)
            fields[number.ToString(System.Globalization.CultureInfo.InvariantCulture)] = message.GetDisplay(number)!;
        AddParts(fields, message.GetText(60), Field60Parts);
        AddParts(fields, message.GetText(61), Field61Parts);
        return fields;
    }

    private static void AddParts(Dictionary<string, string> fields, string? value, (string Name, int Start, int Length)[] parts)
    {
        if (value is null)
            return;
        foreach (var (name, start, length) in parts)
        {
            if (value.Length >= start + length)
                fields[name] = value.Substring(start, length);
        }
    }
}
