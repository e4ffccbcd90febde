using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// A batch counted by type, from the journal. 消费 counts every approved sale (voided ones too, as
/// a slip lists them); 撤销 the approved voids; 退货 the approved refunds. What the host is told
/// (0500 field 48) is what stands: sales not voided as debits, refunds as credits.
/// </summary>
public sealed record BatchTotals(int SaleCount, long SaleFen, int VoidCount, long VoidFen, int RefundCount, long RefundFen, int StandingSaleCount, long StandingSaleFen)
{
    public static BatchTotals Of(IEnumerable<TransactionRecord> batch)
    {
        var records = batch.ToList();
        var sales = records.Where(r => r is { Type: TransactionType.Sale, Status: TransactionStatus.Approved or TransactionStatus.Voided }).ToList();
        var standing = sales.Where(r => r.Status == TransactionStatus.Approved).ToList();
        var voids = records.Where(r => r is { Type: TransactionType.Void, Status: TransactionStatus.Approved }).ToList();
        var refunds = records.Where(r => r is { Type: TransactionType.Refund, Status: TransactionStatus.Approved }).ToList();
        return new BatchTotals(
            sales.Count, sales.Sum(r => r.AmountFen),
            voids.Count, voids.Sum(r => r.AmountFen),
            refunds.Count, refunds.Sum(r => r.AmountFen),
            standing.Count, standing.Sum(r => r.AmountFen));
    }

    public SettlementTotals ForHost => new(StandingSaleFen, StandingSaleCount, RefundFen, RefundCount);

    /// <summary>The three screen lines by type ("消费 2笔 24.68"), as settlement and 交易汇总 show them.</summary>
    public static string[] Lines(TerminalContext ctx, BatchTotals totals) =>
    [
        ctx.Say(Phrase.SaleTotalLine, totals.SaleCount, Fen.Format(totals.SaleFen)),
        ctx.Say(Phrase.VoidTotalLine, totals.VoidCount, Fen.Format(totals.VoidFen)),
        ctx.Say(Phrase.RefundTotalLine, totals.RefundCount, Fen.Format(totals.RefundFen)),
    ];
}
