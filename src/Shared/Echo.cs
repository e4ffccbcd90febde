namespace LakalaPos.Shared;

/// <summary>
/// A value quoted back in an error line, cut to a length a person can read: a 50 MB profile value,
/// script token or argument must not become a 50 MB line. One source file, compiled into every
/// project that echoes input (the host simulator shares no project of ours but the ISO 8583 library).
/// </summary>
internal static class Echo
{
    /// <summary>How many characters of a value an error line shows.</summary>
    public const int MaxCharacters = 64;

    /// <summary>How many characters of a file path an error line shows: more than any real path needs.</summary>
    public const int MaxPathCharacters = 256;

    /// <summary>
    /// The value itself when it has at most <paramref name="max"/> characters; otherwise its first
    /// <paramref name="max"/> characters, "…" and how many it had: <c>AAAA…(52428800 characters)</c>.
    /// Characters are Unicode scalar values, so a cut never splits a surrogate pair.
    /// </summary>
    public static string Cut(string value, int max = MaxCharacters)
    {
        if (value.Length <= max)
            return value;
        var count = value.Length - SurrogatePairs(value);
        if (count <= max)
            return value;
        var keptLength = 0;
        foreach (var rune in value.EnumerateRunes().Take(max))
            keptLength += rune.Utf16SequenceLength;
        return $"{value[..keptLength]}…({count} characters)";
    }

    /// <summary>How many surrogate pairs (one character, two UTF-16 units) the text holds; found with a vectorised search, as the text may be huge.</summary>
    private static int SurrogatePairs(ReadOnlySpan<char> text)
    {
        var pairs = 0;
        int at;
        while ((at = text.IndexOfAnyInRange('\uD800', '\uDBFF')) >= 0)
        {
            var paired = at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]);
            pairs += paired ? 1 : 0;
            text = text[(at + (paired ? 2 : 1))..];
        }
        return pairs;
    }
}
