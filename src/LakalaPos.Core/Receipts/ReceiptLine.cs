namespace LakalaPos.Core.Receipts;

/// <summary>
/// One element of a receipt's layout. The layout says what a line means (a title, a labelled
/// value, a separator); <see cref="ReceiptRenderer"/> decides how it looks at a given paper width.
/// </summary>
public abstract record ReceiptLine;

/// <summary>Text centered on the paper, wrapped if too wide: title, copy name, markers.</summary>
public sealed record CenteredLine(string Text) : ReceiptLine;

/// <summary>
/// A labelled value: label at the left and value at the right of one line when both fit, else
/// the value on the following line(s). <paramref name="ValueOnOwnLine"/> always puts the value
/// below its label, for the values a cardholder looks for first (card number, amount).
/// </summary>
public sealed record FieldLine(string Label, string Value, bool ValueOnOwnLine = false) : ReceiptLine;

/// <summary>
/// A row of a table: <paramref name="Label"/> at the left and each cell right-aligned in its own
/// column of <see cref="Column.Width"/> columns, so the rows of a table line up at any paper width
/// (a cell that fills its column keeps one space from the cell before); a label too wide for the
/// room left goes on a line of its own above the cells.
/// </summary>
public sealed record TableRow(string Label, IReadOnlyList<Column> Cells) : ReceiptLine;

/// <summary>A right-aligned cell of a <see cref="TableRow"/>.</summary>
public sealed record Column(string Text, int Width);

/// <summary>Plain text from the left margin, wrapped over as many lines as it needs.</summary>
public sealed record TextLine(string Text) : ReceiptLine;

/// <summary>A dashed rule across the paper.</summary>
public sealed record SeparatorLine : ReceiptLine;

/// <summary>An empty line.</summary>
public sealed record BlankLine : ReceiptLine;

/// <summary>A caption, room to sign, and a rule to sign on.</summary>
public sealed record SignatureLine(string Caption) : ReceiptLine;

/// <summary>A receipt laid out as lines, independent of paper width.</summary>
public sealed record Receipt(IReadOnlyList<ReceiptLine> Lines);
