using System.Text;

namespace LakalaPos.Ecr.Messages;

/// <summary>
/// A message body: lines separated by LF, each name=value — names lower-case ASCII letters, values
/// UTF-8 without CR or LF. The first lines are ver=1 and type=…; the other fields keep their order
/// (several item or line fields are a list). Unknown names are kept and ignored by readers.
/// </summary>
public sealed class EcrMessage
{
    /// <summary>The protocol version this library speaks.</summary>
    public const string Version = "1";

    public EcrMessage(string type, IEnumerable<EcrField> fields)
    {
        if (type.Length == 0 || type.Contains('\n') || type.Contains('\r'))
            throw new ArgumentException("a message's type must be one line, not empty", nameof(type));
        Type = type;
        Fields = fields.ToList();
        foreach (var field in Fields)
        {
            if (!IsName(field.Name) || field.Name is "ver" or "type")
                throw new ArgumentException($"\"{field.Name}\" cannot name a field (lower-case letters a-z, not ver or type)");
            if (field.Value.Contains('\n') || field.Value.Contains('\r'))
                throw new ArgumentException($"the value of {field.Name} holds a line break");
        }
    }

    public string Type { get; }

    /// <summary>Every field after ver and type, in order.</summary>
    public IReadOnlyList<EcrField> Fields { get; }

    /// <summary>The first value of <paramref name="name"/>, or null.</summary>
    public string? this[string name] => Fields.FirstOrDefault(f => f.Name == name).Value;

    /// <summary>Every value of <paramref name="name"/>, in order.</summary>
    public IReadOnlyList<string> All(string name) => Fields.Where(f => f.Name == name).Select(f => f.Value).ToList();

    /// <summary>The body: ver=1, type=…, then the fields, joined by LF.</summary>
    public string Format()
    {
        var text = new StringBuilder($"ver={Version}\ntype={Type}");
        foreach (var field in Fields)
            text.Append('\n').Append(field.Name).Append('=').Append(field.Value);
        return text.ToString();
    }

    /// <summary>Reads a body; an <see cref="EcrFormatException"/> saying why when it breaks the rules or is not ver=1.</summary>
    public static EcrMessage Parse(string body)
    {
        var lines = body.Split('\n');
        if (lines.Length > 1 && lines[^1].Length == 0)
            lines = lines[..^1]; // a last LF ends the last line
        var fields = new List<EcrField>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var equals = line.IndexOf('=');
            if (equals < 0)
                throw new EcrFormatException($"line {i + 1} is not name=value");
            var name = line[..equals];
            if (!IsName(name))
                throw new EcrFormatException($"line {i + 1}: \"{Cut(name)}\" is not a field name (lower-case letters a-z)");
            var value = line[(equals + 1)..];
            if (value.Contains('\r'))
                throw new EcrFormatException($"line {i + 1}: the value of {name} holds a CR");
            fields.Add(new EcrField(name, value));
        }
        var versions = fields.Where(f => f.Name == "ver").ToList();
        if (versions.Count == 0)
            throw new EcrFormatException("ver is missing (this terminal speaks ver=1)");
        if (versions.Count > 1 || versions[0].Value != Version)
            throw new EcrFormatException($"version {Cut(versions[^1].Value)} is not supported (this terminal speaks ver=1)");
        var types = fields.Where(f => f.Name == "type").ToList();
        if (types.Count != 1 || types[0].Value.Length == 0)
            throw new EcrFormatException(types.Count == 0 ? "type is missing" : "type must be given once, not empty");
        return new EcrMessage(types[0].Value, fields.Where(f => f.Name is not ("ver" or "type")));
    }

    /// <summary>The value of the first id= line of a body that may not parse, for answering it; null when there is none.</summary>
    public static string? FindId(string body) => Find(body, "id");

    /// <summary>The value of the first <paramref name="name"/>= line of a body that may not parse; null when there is none.</summary>
    public static string? Find(string body, string name)
    {
        var prefix = name + "=";
        foreach (var line in body.Split('\n'))
            if (line.StartsWith(prefix, StringComparison.Ordinal))
                return line[prefix.Length..].TrimEnd('\r');
        return null;
    }

    public override string ToString() => Format().Replace('\n', ' ');

    internal static bool IsName(string name) => name.Length > 0 && name.All(char.IsAsciiLetterLower);

    private static string Cut(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
