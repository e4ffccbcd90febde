using System.Text;

namespace LakalaPos.Replay.Parsing;

/// <summary>
/// Splits one script line into arguments, shell-like: spaces and tabs separate arguments,
/// quotes group (and may join onto unquoted text), a <c>#</c> at the start of an argument
/// begins a comment. A backslash escapes <c>"</c>, <c>\</c> or <c>$</c> and nothing else, so a
/// typo such as <c>\n</c> is reported instead of silently meaning something.
/// </summary>
internal static class LineTokenizer
{
    public static IReadOnlyList<RawToken> Tokenize(string line)
    {
        var tokens = new List<RawToken>();
        var i = 0;
        while (true)
        {
            while (i < line.Length && IsSeparator(line[i]))
                i++;
            if (i >= line.Length || line[i] == '#')
                return tokens;
            tokens.Add(ReadToken(line, ref i));
        }
    }

    private static RawToken ReadToken(string line, ref int i)
    {
        var start = i;
        var text = new StringBuilder();
        var escapedDollar = new List<bool>();
        var quoteOpenedAt = -1;
        for (; i < line.Length; i++)
        {
            var c = line[i];
            if (quoteOpenedAt < 0 && IsSeparator(c))
                break;
            if (c == '"')
            {
                quoteOpenedAt = quoteOpenedAt < 0 ? i : -1;
                continue;
            }
            if (c == '\\')
            {
                i++;
                var escaped = i < line.Length ? line[i] : '\0';
                if (escaped is not ('"' or '\\' or '$'))
                    throw new ScriptSyntaxException(i < line.Length
                        ? $"unknown escape \\{escaped} at column {i} (only \\\", \\\\ and \\$ are escapes)"
                        : "a backslash at the end of the line escapes nothing");
                text.Append(escaped);
                escapedDollar.Add(escaped == '$');
                continue;
            }
            text.Append(c);
            escapedDollar.Add(false);
        }
        if (quoteOpenedAt >= 0)
            throw new ScriptSyntaxException($"unterminated quote: the \" at column {quoteOpenedAt + 1} is never closed");
        return new RawToken(text.ToString(), escapedDollar.ToArray(), start + 1);
    }

    private static bool IsSeparator(char c) => c is ' ' or '\t';
}
