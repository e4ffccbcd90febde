using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Text;

namespace LakalaPos.Devices.Emulator;

/// <summary>
/// The receipt printer of the full-screen console: each receipt comes out on a paper roll kept in
/// memory (wrapped to the paper's columns, a cut line after it; the latest rows stay) for whoever
/// draws the device, and it says when the paper changed. Printing happens on the device worker's
/// thread, drawing on another: the roll is read as a copy.
/// </summary>
public sealed class PanelPrinter : IReceiptPrinter, ISelfTest
{
    /// <summary>Rows of paper kept: a few dozen receipts.</summary>
    public const int RowsKept = 2000;

    private readonly Action _changed;
    private readonly object _gate = new();
    private readonly List<string> _roll = [];
    private volatile bool _hasPaper = true;

    public PanelPrinter(int columns, Action changed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 2);
        Columns = columns;
        _changed = changed;
    }

    public int Columns { get; }

    public bool HasPaper => _hasPaper;

    /// <summary>Receipts printed since the start.</summary>
    public int Printed { get; private set; }

    public event EventHandler<bool>? PaperChanged;

    /// <summary>The paper as printed, oldest row first: each receipt's rows, then its cut line.</summary>
    public IReadOnlyList<string> Roll
    {
        get
        {
            lock (_gate)
                return _roll.ToList();
        }
    }

    /// <summary>The cut line after each receipt, as wide as the paper.</summary>
    public string CutLine => new('~', Columns);

    /// <summary>Loads paper (true) or takes it out (false); reported only on a change, as a paper sensor would.</summary>
    public void SetPaper(bool present)
    {
        if (_hasPaper == present)
            return;
        _hasPaper = present;
        PaperChanged?.Invoke(this, present);
        _changed();
    }

    public DeviceHealth CheckHealth() => DeviceHealth.OfPaper(HasPaper, $"{Columns} columns on the console's paper panel");

    public PrintOutcome Print(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (!HasPaper)
            return PrintOutcome.PaperOut;
        var rows = RowWrapper.Wrap(lines, Columns);
        lock (_gate)
        {
            _roll.AddRange(rows);
            _roll.Add(CutLine);
            if (_roll.Count > RowsKept)
                _roll.RemoveRange(0, _roll.Count - RowsKept);
            Printed++;
        }
        _changed();
        return PrintOutcome.Printed;
    }
}
