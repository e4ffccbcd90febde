namespace LakalaPos.Profiles;

/// <summary>The keys an object of a profile may hold: plain values and nested objects.</summary>
internal sealed class KeySet
{
    public KeySet(string[] values, params (string Name, KeySet Keys)[] sections)
    {
        Values = values;
        Sections = sections.ToDictionary(s => s.Name, s => s.Keys, StringComparer.Ordinal);
        Names = [.. values, .. sections.Select(s => s.Name)];
    }

    public IReadOnlyList<string> Values { get; }
    public IReadOnlyDictionary<string, KeySet> Sections { get; }

    /// <summary>Every key allowed in this object, in documentation order.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool Allows(string key) => Names.Contains(key, StringComparer.Ordinal);

    /// <summary>Dotted paths of every value key below this object.</summary>
    public IEnumerable<string> ValuePaths(string prefix = "")
    {
        foreach (var value in Values)
            yield return prefix + value;
        foreach (var (name, keys) in Sections)
            foreach (var path in keys.ValuePaths($"{prefix}{name}."))
                yield return path;
    }
}

/// <summary>
/// The one list of profile keys. The loader rejects any other key and may read only these, so
/// this list, the loader and hardware-profiles/profile.schema.json stay in step (a test compares them).
/// </summary>
internal static class ProfileKeys
{
    public static readonly KeySet Serial = new(["device", "baud", "dataBits", "parity", "stopBits", "handshake"]);

    public static readonly KeySet Display = new(["driver", "columns", "rows"], ("serial", Serial));
    public static readonly KeySet Keypad = new(["driver"], ("serial", Serial));
    public static readonly KeySet Printer = new(["driver", "columns", "optional"], ("serial", Serial));
    public static readonly KeySet CardReader = new(["driver"], ("serial", Serial));
    public static readonly KeySet Host = new(["link", "address", "tpdu", "connectTimeoutSeconds", "readTimeoutSeconds", "writeTimeoutSeconds", "masterKey", "masterKeyFile"]);
    public static readonly KeySet Terminal = new(["promptTimeoutSeconds", "hostTimeoutSeconds"]);
    public static readonly KeySet Security = new(["dataKey", "dataKeyFile"]);
    public static readonly KeySet Storage = new(["dataDirectory"]);
    public static readonly KeySet Ecr = new(["tcp"], ("serial", Serial));

    public static readonly KeySet Root = new(
        ["name", "test"],
        ("display", Display),
        ("keypad", Keypad),
        ("printer", Printer),
        ("cardReader", CardReader),
        ("host", Host),
        ("terminal", Terminal),
        ("security", Security),
        ("storage", Storage),
        ("ecr", Ecr));
}
