using LakalaPos.Core.Text;

namespace LakalaPos.Core.Receipts;

/// <summary>
/// Turns a receipt layout into printer lines for one paper width. Every line fits the width
/// (a Chinese character counting two columns) and nothing is ever cut: what does not fit wraps.
/// Lines carry no trailing spaces.
/// </summary>
public static class ReceiptRenderer
{
    /// <summary>58 mm paper: 32 columns, 16 Chinese characters.</summary>
    public const int NarrowColumns = 32;

    /// <summary>80 mm paper: 48 columns, 24 Chinese characters.</summary>
    public const int WideColumns = 48;

    // Room left above the signature rule for a hand-written signature.
    private const int SignatureSpaceLines = 2;

    /// <exception cref="ArgumentOutOfRangeException">A width other than 32 or 48.</exception>
    public static IReadOnlyList<string> Render(Receipt receipt, int columns)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        if (columns is not (NarrowColumns or WideColumns))
            throw new ArgumentOutOfRangeException(nameof(columns), columns,
                $"receipt width must be {NarrowColumns} (58 mm paper) or {WideColumns} (80 mm paper) columns");

        var output = new List<string>();
        foreach (var line in receipt.Lines)
            output.AddRange(RenderLine(line, columns));
        return output;
    }

    private static IEnumerable<string> RenderLine(ReceiptLine line, int columns) => line switch
    {
        CenteredLine centered => DisplayWidth.Wrap(centered.Text, columns)
            .Select(text => DisplayWidth.Center(text, columns).TrimEnd(' ')),
        FieldLine { ValueOnOwnLine: true } field => ValueBelowLabel(field, columns),
        FieldLine field => DisplayWidth.LeftRight(field.Label, field.Value, columns),
        TableRow row => TableRowLines(row, columns),
        TextLine text => DisplayWidth.Wrap(text.Text, columns),
        SeparatorLine => [new string('-', columns)],
        BlankLine => [""],
        SignatureLine signature => SignatureBlock(signature, columns),
        _ => throw new ArgumentException($"unknown receipt line {line.GetType().Name}", nameof(line)),
    };

    private static IEnumerable<string> ValueBelowLabel(FieldLine field, int columns)
    {
        var lines = new List<string>(DisplayWidth.Wrap(field.Label, columns));
        if (field.Value.Length > 0)
            lines.AddRange(DisplayWidth.RightAlignedBlock(field.Value, columns));
        return lines;
    }

    private static IEnumerable<string> TableRowLines(TableRow row, int columns)
    {
        // A cell as wide as its column still keeps a space from the one before it.
        var cells = string.Concat(row.Cells.Select(cell => DisplayWidth.PadLeft(cell.Text, cell.Width) is var text && DisplayWidth.Of(cell.Text) >= cell.Width ? " " + text : text));
        var room = columns - DisplayWidth.Of(cells);
        if (room < 0)
            // Cells wider than the paper: each on its own line, right-aligned, never cut.
            return [.. DisplayWidth.Wrap(row.Label, columns), .. row.Cells.SelectMany(cell => DisplayWidth.RightAlignedBlock(cell.Text, columns))];
        if (DisplayWidth.Of(row.Label) <= room)
            return [(DisplayWidth.PadRight(row.Label, room) + cells).TrimEnd(' ')];
        return [.. DisplayWidth.Wrap(row.Label, columns), DisplayWidth.PadLeft(cells, columns).TrimEnd(' ')];
    }

    private static IEnumerable<string> SignatureBlock(SignatureLine signature, int columns)
    {
        var lines = new List<string>(DisplayWidth.Wrap(signature.Caption, columns));
        lines.AddRange(Enumerable.Repeat("", SignatureSpaceLines));
        lines.Add(new string('_', columns));
        return lines;
    }
}
