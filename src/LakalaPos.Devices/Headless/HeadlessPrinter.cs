using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Text;

namespace LakalaPos.Devices.Headless;

/// <summary>
/// A receipt printer in memory. Each printed receipt (one paper cut) is kept as the rows that
/// came out on paper: a line wider than the paper wraps like a real printer's, never lost.
/// </summary>
public sealed class HeadlessPrinter : IReceiptPrinter, ISelfTest
{
    private readonly List<IReadOnlyList<string>> _receipts = [];

    public HeadlessPrinter(int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 2);
        Columns = columns;
    }

    public int Columns { get; }

    public bool HasPaper { get; private set; } = true;

    /// <summary>When set, <see cref="Print"/> reports <see cref="PrintOutcome.Failed"/> (a jammed or broken printer).</summary>
    public bool Faulty { get; private set; }

    /// <summary>Every receipt printed, oldest first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Receipts => _receipts;

    public event EventHandler<bool>? PaperChanged;

    /// <summary>Loads paper (true) or takes it away (false); <see cref="PaperChanged"/> is raised only on a change, as a paper sensor would.</summary>
    public void SetPaper(bool present)
    {
        if (HasPaper == present)
            return;
        HasPaper = present;
        PaperChanged?.Invoke(this, present);
    }

    public void SetFaulty(bool faulty) => Faulty = faulty;

    public DeviceHealth CheckHealth() => Faulty ? new DeviceHealth(DeviceState.Faulty, "set faulty")
        : DeviceHealth.OfPaper(HasPaper, $"{Columns} columns");

    public PrintOutcome Print(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (Faulty)
            return PrintOutcome.Failed;
        if (!HasPaper)
            return PrintOutcome.PaperOut;
        _receipts.Add(RowWrapper.Wrap(lines, Columns).AsReadOnly());
        return PrintOutcome.Printed;
    }
}
