namespace LakalaPos.Replay.Parsing;

/// <summary>
/// One argument of a script line after quotes and escapes are resolved. Escaped dollars
/// (<c>\$</c>) are remembered per character, because only an unescaped <c>$</c> may start a
/// variable reference and variables are resolved at run time, not at parse time.
/// </summary>
internal sealed class RawToken(string text, bool[] escapedDollar, int column)
{
    public string Text { get; } = text;

    /// <summary>1-based column where the argument starts, for error messages.</summary>
    public int Column { get; } = column;

    public bool IsEscapedDollar(int index) => escapedDollar[index];

    public RawToken Slice(int start, int length) =>
        new(Text.Substring(start, length), escapedDollar.AsSpan(start, length).ToArray(), Column + start);

    /// <summary>The argument as a template: unescaped <c>$NAME</c> becomes a variable reference.</summary>
    public TextTemplate ToTemplate() => TextTemplate.FromToken(this);

    /// <summary>The argument where variables are not allowed: a <c>$NAME</c> in it is a syntax error.</summary>
    public string Plain(string where)
    {
        var template = ToTemplate();
        if (template.HasVariables)
            throw new ScriptSyntaxException($"variables ($NAME) are not allowed in {where}; write \\$ for a literal dollar");
        return Text;
    }
}
