namespace LakalaPos.Core.Hardware;

public enum PrintOutcome
{
    Printed,
    PaperOut,
    Failed,
}

/// <summary>A receipt printer takes lines already laid out to its width and cuts after each receipt.</summary>
public interface IReceiptPrinter
{
    /// <summary>Width in columns (32 for 58 mm paper, 48 for 80 mm), a Chinese character taking two.</summary>
    int Columns { get; }

    bool HasPaper { get; }

    /// <summary>Prints the lines and cuts the paper. Nothing is printed unless the outcome is <see cref="PrintOutcome.Printed"/>.</summary>
    PrintOutcome Print(IReadOnlyList<string> lines);

    /// <summary>Raised when paper is loaded or runs out.</summary>
    event EventHandler<bool>? PaperChanged;
}
