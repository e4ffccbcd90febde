using System.Globalization;
using System.Text;
using LakalaPos.Core.Text;

namespace LakalaPos.Replay.Tutorials;

/// <summary>
/// Draws the terminal's LCD as an SVG picture: the rows as the display shows them, each character
/// placed on its own column (a Chinese character takes two), so the picture lines up whatever font
/// the reader has. The text is real text (searchable, copyable), and the picture's label holds it too.
/// </summary>
public static class LcdSvg
{
    private const int Cell = 11;
    private const int Line = 26;
    private const int Margin = 14;
    private const int Bezel = 8;

    /// <param name="rows">The rows shown, each no wider than <paramref name="columns"/>.</param>
    /// <param name="columns">The display's width in half-width columns.</param>
    /// <param name="minimumRows">The display's height: fewer rows leave the rest blank; more are all drawn (the terminal pages them).</param>
    public static string Render(IReadOnlyList<string> rows, int columns, int minimumRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 2);
        var height = Math.Max(minimumRows, rows.Count);
        var lcdWidth = columns * Cell + 2 * Margin;
        var lcdHeight = height * Line + Margin;
        var width = lcdWidth + 2 * Bezel;
        var total = lcdHeight + 2 * Bezel;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{total}\" viewBox=\"0 0 {width} {total}\" role=\"img\" aria-label=\"{Escape(string.Join(" / ", rows.Where(r => r.Trim().Length > 0).Select(r => r.Trim())))}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <rect width=\"{width}\" height=\"{total}\" rx=\"10\" fill=\"#2b3327\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"{Bezel}\" y=\"{Bezel}\" width=\"{lcdWidth}\" height=\"{lcdHeight}\" rx=\"4\" fill=\"#c5d6a0\"/>\n");
        svg.Append("  <g font-family=\"'Noto Sans Mono CJK SC','Sarasa Mono SC','WenQuanYi Zen Hei Mono',monospace\" font-size=\"18\" fill=\"#1c2810\" text-anchor=\"middle\">\n");
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = Cells(rows[r]);
            if (cells.Count == 0)
                continue;
            var y = Bezel + Margin / 2 + (r + 1) * Line - 7;
            svg.Append(CultureInfo.InvariantCulture, $"    <text y=\"{y}\">");
            foreach (var (column, element, span) in cells)
            {
                var x = Bezel + Margin + column * Cell + span * Cell / 2.0;
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{x:0.#}\">{Escape(element)}</tspan>");
            }
            svg.Append("</text>\n");
        }
        svg.Append("  </g>\n</svg>\n");
        return svg.ToString();
    }

    /// <summary>Each visible character of a row with the column it starts at and how many it takes; spaces only move the column.</summary>
    private static List<(int Column, string Element, int Span)> Cells(string row)
    {
        var cells = new List<(int, string, int)>();
        var column = 0;
        var elements = StringInfo.GetTextElementEnumerator(row);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var span = CharacterWidth.OfElement(element);
            if (span > 0 && element != " ")
                cells.Add((column, element, span));
            column += span;
        }
        return cells;
    }

    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
