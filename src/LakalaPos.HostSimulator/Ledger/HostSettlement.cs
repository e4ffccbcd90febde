using System.Globalization;
using LakalaPos.Iso8583.Fields;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>
/// One settlement request (0500) as the host answered it: what the terminal counted, what the
/// host's ledger says for the same terminal and batch, and the verdict sent back in field 48.
/// Every 0500 is kept, a repeated one for the same batch too (each with its own comparison).
/// </summary>
public sealed record HostSettlement
{
    public required TerminalId Terminal { get; init; }

    /// <summary>The settled batch (60.2), 6 digits.</summary>
    public required string Batch { get; init; }

    /// <summary>The 0500's own trace (field 11).</summary>
    public required string Trace { get; init; }

    /// <summary>When the host answered, on its clock; its MMDD is the settlement date (field 15).</summary>
    public required DateTimeOffset HostTime { get; init; }

    /// <summary>The domestic totals of the terminal's field 48.</summary>
    public required SettlementCounts TerminalTotals { get; init; }

    /// <summary>The same totals counted from the host's ledger.</summary>
    public required SettlementCounts HostTotals { get; init; }

    public required SettlementVerdict Verdict { get; init; }

    public string SettlementDateMmdd => HostTime.ToString("MMdd", CultureInfo.InvariantCulture);

    public override string ToString() =>
        $"Settlement {Terminal} batch {Batch} trace {Trace}: terminal {Describe(TerminalTotals)}, host {Describe(HostTotals)}: {Verdict}";

    private static string Describe(SettlementCounts t) =>
        $"debits {t.DebitCount}/{Yuan.Format(t.DebitFen)} credits {t.CreditCount}/{Yuan.Format(t.CreditFen)}";
}
