using LakalaPos.Core.Host;
using LakalaPos.HostSimulator.Processing;
using LakalaPos.Protocol.Iso8583;

namespace LakalaPos.HostSimulator.Tests.Support;

/// <summary>Settlement (0500) and batch upload (0320) as the terminal builds them (host-protocol.md, Messages).</summary>
internal static class SettlementRequests
{
    public static Iso8583Message Settlement(
        SettlementTotals totals, string batch = Requests.Batch, string trace = "000050", string terminal = Requests.TerminalNumber) =>
        Settlement(SettlementField.Format(totals), batch, trace, terminal);

    public static Iso8583Message Settlement(
        string? field48, string batch = Requests.Batch, string trace = "000050", string terminal = Requests.TerminalNumber, string networkCode = "201")
    {
        var request = Requests.Base("0500", trace, terminal, Requests.MerchantNumber).Set(49, "156").Set(60, "00" + batch + networkCode);
        return field48 is null ? request : request.Set(48, field48);
    }

    public static Iso8583Message Upload(
        IReadOnlyCollection<UploadLine> lines, bool last = true, string batch = Requests.Batch, string trace = "000060") =>
        Upload(BatchUploadField.Format(lines), last ? "202" : "201", batch, trace);

    public static Iso8583Message Upload(string? field48, string networkCode = "202", string batch = Requests.Batch, string trace = "000060")
    {
        var request = Requests.Base("0320", trace, Requests.TerminalNumber, Requests.MerchantNumber).Set(60, "00" + batch + networkCode);
        return field48 is null ? request : request.Set(48, field48);
    }

    /// <summary>An upload line for a transaction as the terminal's journal has it (card organisation 00).</summary>
    public static UploadLine Line(string trace, string pan, long amountFen, Ledger.HostTransactionKind kind) => new("00", trace, pan, amountFen, kind);
}
