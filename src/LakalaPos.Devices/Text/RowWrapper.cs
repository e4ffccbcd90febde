using System.Text;
using LakalaPos.Core.Text;

namespace LakalaPos.Devices.Text;

/// <summary>
/// Breaks logical lines into rows of at most a given width, character by character. Nothing is
/// dropped: the rows of a line joined together give the line back, so a replay check that removes
/// line breaks finds the text whatever the width. A wide character never straddles two rows.
/// </summary>
public static class RowWrapper
{
    public static List<string> Wrap(IEnumerable<string?> lines, int columns)
    {
        if (columns < 2)
            throw new ArgumentOutOfRangeException(nameof(columns), columns, "a row must fit a Chinese character (2 columns)");
        var rows = new List<string>();
        foreach (var line in lines)
            foreach (var part in (line ?? "").ReplaceLineEndings("\n").Split('\n'))
                WrapOne(part, columns, rows);
        return rows;
    }

    private static void WrapOne(string line, int columns, List<string> rows)
    {
        var row = new StringBuilder();
        var used = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var width = CharacterWidth.Of(rune);
            if (used + width > columns)
            {
                rows.Add(row.ToString());
                row.Clear();
                used = 0;
            }
            row.Append(rune.ToString());
            used += width;
        }
        rows.Add(row.ToString());
    }
}
