using System.Globalization;
using LakalaPos.Iso8583.Fields;
using LakalaPos.Iso8583.Messages;
using UploadField = LakalaPos.Iso8583.Fields.BatchUploadField;

namespace LakalaPos.HostSimulator.Tests.Support;

/// <summary>Settlement (0500) and batch upload (0320) as the terminal builds them (host-protocol.md, Messages).</summary>
internal static class SettlementRequests
{
    public static Iso8583Message Settlement(
        SettlementCounts totals, string batch = Requests.Batch, string trace = "000050", string terminal = Requests.TerminalNumber) =>
        Settlement(SettlementField.Format(totals), batch, trace, terminal);

    public static Iso8583Message Settlement(
        string? field48, string batch = Requests.Batch, string trace = "000050", string terminal = Requests.TerminalNumber, string networkCode = "201")
    {
        var request = Requests.Base("0500", trace, terminal, Requests.MerchantNumber).Set(49, "156").Set(60, "00" + batch + networkCode);
        return field48 is null ? request : request.Set(48, field48);
    }

    /// <summary>A 0320 whose field 48 the protocol library writes, as the terminal sends it.</summary>
    public static Iso8583Message Upload(
        IReadOnlyList<BatchUploadItem> entries, bool last = true, string batch = Requests.Batch, string trace = "000060") =>
        Upload(UploadField.Format(entries), last ? "202" : "201", batch, trace);

    public static Iso8583Message Upload(string? field48, string networkCode = "202", string batch = Requests.Batch, string trace = "000060")
    {
        var request = Requests.Base("0320", trace, Requests.TerminalNumber, Requests.MerchantNumber).Set(60, "00" + batch + networkCode);
        return field48 is null ? request : request.Set(48, field48);
    }

    /// <summary>An upload entry for a transaction as the terminal's journal has it.</summary>
    public static BatchUploadItem Line(string trace, string pan, long amountFen, BatchItemKind type) =>
        new(int.Parse(trace, NumberStyles.None, CultureInfo.InvariantCulture), pan, amountFen, type);
}
