using System.Globalization;
using System.Text;

namespace LakalaPos.Terminal.Performance;

/// <summary>One whole-process figure: its median over <paramref name="Runs"/> runs, and the target issue 13 sets, if any.</summary>
public sealed record BenchFigure(string Name, double Median, string Unit, int Runs, string Target = "")
{
    /// <summary>The median as the table prints it: whole numbers from 100 up, one decimal below.</summary>
    public string Value => Median >= 100
        ? Median.ToString("N0", CultureInfo.InvariantCulture) + " " + Unit
        : Median.ToString("N1", CultureInfo.InvariantCulture) + " " + Unit;
}

/// <summary>The table `lakalapos bench` prints: one row per figure, columns aligned, medians only.</summary>
public static class BenchTable
{
    private static readonly string[] Headers = ["figure", "median", "runs", "target"];

    public static string Format(IReadOnlyList<BenchFigure> figures)
    {
        var rows = figures.Select(f => new[] { f.Name, f.Value, f.Runs.ToString(CultureInfo.InvariantCulture), f.Target }).ToList();
        var widths = Enumerable.Range(0, Headers.Length)
            .Select(c => rows.Select(r => r[c].Length).Append(Headers[c].Length).Max())
            .ToArray();
        var text = new StringBuilder();
        Line(text, Headers, widths);
        Line(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
            Line(text, row, widths);
        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        // The figure name left-aligned, the numbers right-aligned, the target as it is.
        var line = $"{cells[0].PadRight(widths[0])}  {cells[1].PadLeft(widths[1])}  {cells[2].PadLeft(widths[2])}  {cells[3]}";
        text.Append(line.TrimEnd()).Append('\n');
    }
}
