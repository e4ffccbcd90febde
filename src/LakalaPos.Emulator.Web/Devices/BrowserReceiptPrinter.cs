using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Text;
using LakalaPos.Emulator.Web.Board;

namespace LakalaPos.Emulator.Web.Devices;

/// <summary>
/// The receipt printer drawn in the browser: each receipt comes out on the paper roll of every
/// page, wrapped to the paper's columns (32 on 58 mm, 48 on 80 mm); the paper can be taken out.
/// </summary>
public sealed class BrowserReceiptPrinter : IReceiptPrinter, ISelfTest
{
    private readonly EmulatorBoard _board;

    public BrowserReceiptPrinter(EmulatorBoard board, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 2);
        _board = board;
        Columns = columns;
        _board.FitPrinter(columns);
    }

    public int Columns { get; }

    public bool HasPaper { get; private set; } = true;

    public event EventHandler<bool>? PaperChanged;

    /// <summary>Loads paper (true) or takes it out (false); reported only on a change, as a paper sensor would.</summary>
    public void SetPaper(bool present)
    {
        if (HasPaper == present)
            return;
        HasPaper = present;
        _board.SetPaper(present);
        PaperChanged?.Invoke(this, present);
    }

    public DeviceHealth CheckHealth() => DeviceHealth.OfPaper(HasPaper, $"{Columns} columns in the browser");

    public PrintOutcome Print(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (!HasPaper)
            return PrintOutcome.PaperOut;
        _board.Print(RowWrapper.Wrap(lines, Columns));
        return PrintOutcome.Printed;
    }
}
