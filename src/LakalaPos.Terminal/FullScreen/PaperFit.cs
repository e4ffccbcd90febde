using System.Text.RegularExpressions;
using LakalaPos.Core.Text;
using LakalaPos.Devices.Text;

namespace LakalaPos.Terminal.FullScreen;

/// <summary>
/// Paper wider than the receipt panel (80 mm paper in an 80-column window) drawn without losing a
/// character: a rule (------, ~~~~~~) is drawn as wide as the panel; the gap between a label and
/// its value is narrowed; only a row that still does not fit wraps.
/// </summary>
public static partial class PaperFit
{
    public static IReadOnlyList<string> Fit(IReadOnlyList<string> rows, int width)
    {
        var fitted = new List<string>(rows.Count);
        foreach (var row in rows)
        {
            if (DisplayWidth.Of(row) <= width)
                fitted.Add(row);
            else if (row.Length > 0 && row.All(c => c == row[0]))
                fitted.Add(new string(row[0], width));
            else
                fitted.AddRange(RowWrapper.Wrap([Narrowed(row, width)], width));
        }
        return fitted;
    }

    // Takes spaces out of the widest gap, one gap after another, keeping one space in each.
    private static string Narrowed(string row, int width)
    {
        var excess = DisplayWidth.Of(row) - width;
        while (excess > 0)
        {
            var widest = Gaps().Matches(row).MaxBy(gap => gap.Length);
            if (widest is null)
                break;
            var cut = Math.Min(excess, widest.Length - 1);
            row = row.Remove(widest.Index, cut);
            excess -= cut;
        }
        return row;
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex Gaps();
}
