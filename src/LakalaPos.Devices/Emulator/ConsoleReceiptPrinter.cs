using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Text;

namespace LakalaPos.Devices.Emulator;

/// <summary>
/// The emulator's printer: receipts come out on the console between tear-off lines, wrapped to the
/// paper's width like every other printer's; paper can be taken away.
/// </summary>
public sealed class ConsoleReceiptPrinter(TextWriter output, int columns) : IReceiptPrinter, ISelfTest
{
    public int Columns { get; } = columns;

    public bool HasPaper { get; private set; } = true;

    public event EventHandler<bool>? PaperChanged;

    public void SetPaper(bool present)
    {
        if (HasPaper == present)
            return;
        HasPaper = present;
        PaperChanged?.Invoke(this, present);
    }

    public DeviceHealth CheckHealth() => DeviceHealth.OfPaper(HasPaper, $"{Columns} columns on the console");

    public PrintOutcome Print(IReadOnlyList<string> lines)
    {
        if (!HasPaper)
            return PrintOutcome.PaperOut;
        var tear = new string('~', Columns);
        var paper = new System.Text.StringBuilder().AppendLine(tear);
        foreach (var row in RowWrapper.Wrap(lines, Columns))
            paper.AppendLine(row);
        paper.AppendLine(tear + " (cut)");
        // One write: the screen, drawn from another thread, never lands in the middle of a receipt.
        output.Write(paper.ToString());
        output.Flush();
        return PrintOutcome.Printed;
    }
}
