using LakalaPos.Iso8583.Fields;
using LakalaPos.HostSimulator.Ledger;

namespace LakalaPos.HostSimulator.Tests.Store;

/// <summary>Ledger entries, settlements and uploads for the store tests.</summary>
internal static class StoreSamples
{
    public static readonly TerminalId Terminal = new("12345678", "898100012340001");
    public static readonly TerminalId OtherTerminal = new("87654321", "898100012340001");
    public static readonly DateTimeOffset Time = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
    public const string Pan = "6222020200112233446";

    public static HostTransaction Sale(string rrn, string trace = "000002", TerminalId? terminal = null, long amountFen = 10_000) => new()
    {
        Kind = HostTransactionKind.Sale,
        Terminal = terminal ?? Terminal,
        Batch = "000001",
        Trace = trace,
        Rrn = rrn,
        AuthCode = "131376",
        AmountFen = amountFen,
        Pan = Pan,
        HostTime = Time,
    };

    public static HostTransaction Refund(string rrn, string originalRrn) => Sale(rrn, "000005") with
    {
        Kind = HostTransactionKind.Refund,
        OriginalRrn = originalRrn,
        RefundMethod = RefundDestination.BalanceAccount,
        Pan = null,
        HostTime = Time.AddMinutes(5),
    };

    public static HostSettlement Settlement(string trace, SettlementVerdict verdict, TerminalId? terminal = null) => new()
    {
        Terminal = terminal ?? Terminal,
        Batch = "000001",
        Trace = trace,
        HostTime = Time,
        TerminalTotals = new SettlementCounts(10_000, 1, 2_000, 1),
        HostTotals = new SettlementCounts(10_000, 1, 0, 0),
        Verdict = verdict,
    };

    public static UploadedEntry Upload(string trace, UploadDiscrepancy? discrepancy = null, TerminalId? terminal = null, long amountFen = 10_000) => new()
    {
        Terminal = terminal ?? Terminal,
        Batch = "000001",
        Trace = trace,
        CardOrganisation = "0",
        Pan = Pan,
        AmountFen = amountFen,
        Kind = HostTransactionKind.Sale,
        UploadedAt = Time,
        Discrepancy = discrepancy,
    };
}
