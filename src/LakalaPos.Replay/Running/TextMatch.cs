using System.Text;

namespace LakalaPos.Replay.Running;

/// <summary>
/// Text matching of the replay format: line breaks are removed and whitespace runs count as one
/// space, on both sides. The expected text is also trimmed, since spaces at its ends carry no meaning.
/// </summary>
public static class TextMatch
{
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var inWhitespace = false;
        foreach (var c in text)
        {
            if (IsLineBreak(c))
                continue;
            if (char.IsWhiteSpace(c))
            {
                if (!inWhitespace)
                    result.Append(' ');
                inWhitespace = true;
                continue;
            }
            inWhitespace = false;
            result.Append(c);
        }
        return result.ToString();
    }

    public static bool Contains(string haystack, string expected) =>
        Normalize(haystack).Contains(Normalize(expected).Trim(), StringComparison.Ordinal);

    /// <summary>The display as the checks see it: rows joined with the line breaks between them removed.</summary>
    public static string ScreenText(IReadOnlyList<string> rows) => Normalize(string.Concat(rows));

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}
