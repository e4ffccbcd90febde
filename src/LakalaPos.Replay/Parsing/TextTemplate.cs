using System.Text;

namespace LakalaPos.Replay.Parsing;

/// <summary>A piece of a template: literal text, or a reference to a saved variable.</summary>
public abstract record TemplatePart;

public sealed record LiteralPart(string Text) : TemplatePart;

public sealed record VariablePart(string Name) : TemplatePart;

/// <summary>
/// An argument that may hold <c>$NAME</c> references, resolved when the line runs (the
/// variable is saved by an earlier line at run time). A <c>$</c> that is escaped, or that is
/// not followed by a letter or underscore, is a literal dollar.
/// </summary>
public sealed class TextTemplate
{
    private TextTemplate(IReadOnlyList<TemplatePart> parts) => Parts = parts;

    public IReadOnlyList<TemplatePart> Parts { get; }

    public bool HasVariables => Parts.Any(p => p is VariablePart);

    /// <summary>The text when there are no variables; null otherwise.</summary>
    public string? LiteralText => HasVariables ? null : string.Concat(Parts.Cast<LiteralPart>().Select(p => p.Text));

    public static TextTemplate Literal(string text) => new(text.Length == 0 ? [] : [new LiteralPart(text)]);

    internal static TextTemplate FromToken(RawToken token)
    {
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        var text = token.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '$' && !token.IsEscapedDollar(i) && i + 1 < text.Length && IsNameStart(text[i + 1]))
            {
                var end = i + 1;
                while (end < text.Length && IsNamePart(text[end]))
                    end++;
                if (literal.Length > 0)
                    parts.Add(new LiteralPart(literal.ToString()));
                literal.Clear();
                parts.Add(new VariablePart(text[(i + 1)..end]));
                i = end - 1;
                continue;
            }
            literal.Append(text[i]);
        }
        if (literal.Length > 0)
            parts.Add(new LiteralPart(literal.ToString()));
        return new TextTemplate(parts);
    }

    /// <summary>Substitutes saved variables; false with the first unknown name when one is missing.</summary>
    public bool TryResolve(IReadOnlyDictionary<string, string> variables, out string text, out string? unknownName)
    {
        var result = new StringBuilder();
        foreach (var part in Parts)
        {
            if (part is VariablePart variable)
            {
                if (!variables.TryGetValue(variable.Name, out var value))
                {
                    text = "";
                    unknownName = variable.Name;
                    return false;
                }
                result.Append(value);
            }
            else
            {
                result.Append(((LiteralPart)part).Text);
            }
        }
        text = result.ToString();
        unknownName = null;
        return true;
    }

    /// <summary>The template as a script would spell it.</summary>
    public override string ToString() =>
        string.Concat(Parts.Select(p => p is VariablePart v ? "$" + v.Name : ((LiteralPart)p).Text));

    public static bool IsValidName(string name) =>
        name.Length > 0 && IsNameStart(name[0]) && name.All(IsNamePart);

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNamePart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
