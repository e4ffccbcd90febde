using LakalaPos.Core.Engine;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>A batch's totals on the screen, as settlement and 交易汇总 show them.</summary>
public static class BatchTotalLines
{
    /// <summary>The three lines by type ("消费 2笔 24.68").</summary>
    public static string[] Of(TerminalContext ctx, BatchTotals totals) =>
    [
        ctx.Say(Phrase.SaleTotalLine, totals.SaleCount, Fen.Format(totals.SaleFen)),
        ctx.Say(Phrase.VoidTotalLine, totals.VoidCount, Fen.Format(totals.VoidFen)),
        ctx.Say(Phrase.RefundTotalLine, totals.RefundCount, Fen.Format(totals.RefundFen)),
    ];
}
