using System.Globalization;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Receipts;

/// <summary>
/// 结算总计单: the settlement slip (spec section 7) — the batch's totals by type and whether the
/// host's totals agreed (对账平) or not (对账不平). Not a voucher: no card, no signature.
/// </summary>
public static class SettlementSlipBuilder
{
    public const string Title = "结算总计单 SETTLEMENT";

    public static Receipt Build(SettlementRecord settlement, MerchantInfo merchant, bool reprint, bool testProfile)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        ArgumentNullException.ThrowIfNull(merchant);
        var lines = new List<ReceiptLine> { new CenteredLine(Title) };
        if (reprint)
            lines.Add(new CenteredLine(ReceiptTexts.ReprintMarker));
        if (testProfile)
            lines.Add(new CenteredLine(ReceiptTexts.TestMarker));
        lines.Add(new SeparatorLine());
        lines.Add(new FieldLine(ReceiptLabels.MerchantName, merchant.Name));
        lines.Add(new FieldLine(ReceiptLabels.MerchantNo, merchant.MerchantNo));
        lines.Add(new FieldLine(ReceiptLabels.TerminalNo, merchant.TerminalNo));
        lines.Add(new FieldLine(ReceiptLabels.OperatorNo, settlement.OperatorNo));
        lines.Add(new FieldLine(ReceiptLabels.BatchNo, ReceiptFormats.SixDigits(settlement.Batch)));
        lines.Add(new FieldLine(ReceiptLabels.DateTime, ReceiptFormats.Timestamp(settlement.LocalTime)));
        lines.Add(new SeparatorLine());
        lines.Add(new TableRow("类型 TYPE", [new Column("笔数", CountWidth), new Column("金额 AMOUNT", AmountWidth)]));
        lines.Add(Totals("消费 SALE", settlement.SaleCount, settlement.SaleFen));
        lines.Add(Totals("消费撤销 VOID", settlement.VoidCount, settlement.VoidFen));
        lines.Add(Totals("退货 REFUND", settlement.RefundCount, settlement.RefundFen));
        lines.Add(new SeparatorLine());
        lines.Add(new CenteredLine(Verdict(settlement.Result)));
        if (testProfile)
            lines.Add(new CenteredLine(ReceiptTexts.TestMarker));
        return new Receipt(lines);
    }

    public static string Verdict(SettlementResult result) => result switch
    {
        SettlementResult.Balanced => "对账平 BALANCED",
        SettlementResult.Unbalanced => "对账不平 UNBALANCED",
        _ => "对账出错 ERROR",
    };

    // The totals table: count and amount in columns of their own, so the rows line up whatever the
    // label ("消费撤销 VOID" is 13 columns): a batch holds at most 999 of a type (field 48 counts in
    // three digits), "RMB 99999999.99" is 15 columns, and 13 + 4 + 15 = 32. A larger amount still
    // prints whole, its cells under the label.
    private const int CountWidth = 4;
    private const int AmountWidth = 15;

    private static TableRow Totals(string label, int count, long fen) =>
        new(label, [new Column(count.ToString(CultureInfo.InvariantCulture), CountWidth), new Column(ReceiptFormats.Amount(fen, negative: false), AmountWidth)]);
}
