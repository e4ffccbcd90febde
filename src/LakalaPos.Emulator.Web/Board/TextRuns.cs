using System.Text;
using LakalaPos.Core.Text;

namespace LakalaPos.Emulator.Web.Board;

/// <summary>Cuts a row where the character width changes, with the width rule the devices wrap by (<see cref="CharacterWidth"/>).</summary>
public static class TextRuns
{
    public static IReadOnlyList<TextRun> Of(string row)
    {
        var runs = new List<TextRun>();
        var text = new StringBuilder();
        var wide = false;
        foreach (var rune in row.EnumerateRunes())
        {
            var isWide = CharacterWidth.IsWide(rune);
            if (text.Length > 0 && isWide != wide)
            {
                runs.Add(new TextRun(text.ToString(), wide));
                text.Clear();
            }
            wide = isWide;
            text.Append(rune.ToString());
        }
        if (text.Length > 0)
            runs.Add(new TextRun(text.ToString(), wide));
        return runs;
    }

    public static IReadOnlyList<IReadOnlyList<TextRun>> OfRows(IEnumerable<string> rows) => [.. rows.Select(Of)];

    /// <summary>The row's text back from its runs.</summary>
    public static string Text(IEnumerable<TextRun> runs) => string.Concat(runs.Select(run => run.Text));
}
