using System.Text.Json;
using LakalaPos.Shared;

namespace LakalaPos.Profiles;

/// <summary>
/// One JSON object of a profile, read with its key path for error messages. Unknown and repeated
/// keys are rejected when it is opened; each read checks the value's type.
/// </summary>
internal sealed class JsonSection
{
    private readonly string _file;
    private readonly KeySet _keys;
    private readonly Dictionary<string, JsonElement> _members = new(StringComparer.Ordinal);

    private JsonSection(string file, string path, KeySet keys, JsonElement element)
    {
        _file = file;
        _keys = keys;
        Path = path;
        if (element.ValueKind != JsonValueKind.Object)
            throw path.Length == 0
                ? new HardwareProfileException(file, null, $"the top level must be a JSON object, was {Kind(element)}")
                : new HardwareProfileException(file, path, $"must be an object, was {Describe(element)}");
        foreach (var member in element.EnumerateObject())
        {
            if (!keys.Allows(member.Name))
                throw Error(member.Name, $"unknown key (allowed here: {string.Join(", ", keys.Names)})");
            if (!_members.TryAdd(member.Name, member.Value))
                throw Error(member.Name, "given more than once");
        }
    }

    public static JsonSection OpenRoot(string file, JsonElement root, KeySet keys) => new(file, "", keys, root);

    /// <summary>Dotted path of this object; empty for the top level.</summary>
    public string Path { get; }

    public string KeyPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>An error at <paramref name="key"/>; a key name that is not ours (an unknown key) is cut, as any echoed input.</summary>
    public HardwareProfileException Error(string key, string reason) => new(_file, KeyPath(Echo.Cut(key)), reason);

    public bool Has(string key) => Find(key, out _);

    public JsonSection? Section(string key)
    {
        if (!Find(key, out var element))
            return null;
        if (!_keys.Sections.TryGetValue(key, out var keys))
            throw new InvalidOperationException($"profile key {KeyPath(key)} is not declared as an object in ProfileKeys");
        return new JsonSection(_file, KeyPath(key), keys, element);
    }

    public JsonSection RequiredSection(string key) => Section(key) ?? throw Missing(key);

    /// <summary>A non-empty string, or null when the key is absent. A secret's value is never echoed in an error.</summary>
    public string? String(string key, bool secret = false)
    {
        if (!Find(key, out var element))
            return null;
        if (element.ValueKind != JsonValueKind.String)
            throw Error(key, $"must be a string, was {(secret ? Kind(element) : Describe(element))}");
        var text = element.GetString()!;
        if (text.Trim().Length == 0)
            throw Error(key, "must not be empty");
        return text;
    }

    public string RequiredString(string key) => String(key) ?? throw Missing(key);

    /// <summary>One of <paramref name="allowed"/>, or null when the key is absent.</summary>
    public string? Choice(string key, IReadOnlyList<string> allowed)
    {
        var text = String(key);
        if (text is not null && !allowed.Contains(text, StringComparer.Ordinal))
            throw Error(key, $"must be one of {string.Join(", ", allowed)}, was \"{Echo.Cut(text)}\"");
        return text;
    }

    public int? Int(string key, int min, int max)
    {
        var value = WholeNumber(key);
        if (value is { } number && (number < min || number > max))
            throw Error(key, $"must be between {min} and {max}, was {number}");
        return (int?)value;
    }

    /// <summary>One of <paramref name="allowed"/>, or null when the key is absent.</summary>
    public int? OneOf(string key, IReadOnlyList<int> allowed)
    {
        var value = WholeNumber(key);
        if (value is { } number && !allowed.Contains((int)Math.Clamp(number, int.MinValue, int.MaxValue)))
        {
            var choices = allowed.Count == 2 ? $"{allowed[0]} or {allowed[1]}" : $"one of {string.Join(", ", allowed)}";
            throw Error(key, $"must be {choices}, was {number}");
        }
        return (int?)value;
    }

    private long? WholeNumber(string key)
    {
        if (!Find(key, out var element))
            return null;
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var number) || number != decimal.Truncate(number))
            throw Error(key, $"must be a whole number, was {Describe(element)}");
        return (long)Math.Clamp(number, long.MinValue, long.MaxValue);
    }

    public bool? Bool(string key)
    {
        if (!Find(key, out var element))
            return null;
        return element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(key, $"must be true or false, was {Describe(element)}"),
        };
    }

    public HardwareProfileException Missing(string key) => Error(key, "required key is missing");

    private bool Find(string key, out JsonElement element)
    {
        if (!_keys.Allows(key))
            throw new InvalidOperationException($"profile key {KeyPath(key)} is read but not declared in ProfileKeys");
        return _members.TryGetValue(key, out element);
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{Echo.Cut(element.GetString()!)}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{element.GetRawText()}",
        _ => "null",
    };

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
