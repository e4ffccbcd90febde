namespace LakalaPos.Replay.Tutorials;

/// <summary>
/// The words a script's author wrote for its reader: the comment block at the top of the file is
/// the tutorial's title (its first line) and introduction; the comment lines directly above a
/// step explain that step.
/// </summary>
public sealed class ScriptNarration
{
    private readonly string[] _lines;
    private readonly int _headerEnd;

    public ScriptNarration(string scriptText)
    {
        _lines = scriptText.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        while (_headerEnd < _lines.Length && IsComment(_lines[_headerEnd]))
            _headerEnd++;
        Header = [.. _lines.Take(_headerEnd).Select(Text)];
    }

    /// <summary>The top comment block, one entry per line, "#" taken off.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The comment lines directly above line <paramref name="line"/> (1-based), not counting the header.</summary>
    public IReadOnlyList<string> Above(int line)
    {
        var first = line - 1;
        while (first - 1 >= _headerEnd && IsComment(_lines[first - 1]))
            first--;
        return [.. _lines[first..(line - 1)].Select(Text)];
    }

    private static bool IsComment(string line) => line.TrimStart().StartsWith('#');

    private static string Text(string line) => line.TrimStart().TrimStart('#').Trim();
}
