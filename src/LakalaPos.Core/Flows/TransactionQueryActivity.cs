using System.Globalization;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
using LakalaPos.Core.Flows.Menus;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Input;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// 交易查询 (menu 5), local only: 1 交易明细 (the batch, newest first, UP/DOWN), 2 按凭证号,
/// 3 退货记录 (every refund with its status), 4 交易汇总 (counts and sums by type for the batch).
/// A row the software cannot read is listed as "未知记录" with its voucher and left out of the sums.
/// The lists are paged by <see cref="ListActivity"/>.
/// </summary>
public sealed class TransactionQueryActivity : StepFlow<TransactionQueryActivity, TransactionQueryActivity.Step>
{
    public enum Step { Choose, Voucher }

    public static readonly FlowTable<TransactionQueryActivity, Step> Flow =
        new FlowTable<TransactionQueryActivity, Step>("Query",
                "Transaction query (menu 5), local only: the batch, one record by voucher, the refunds, or the batch's totals.", Step.Choose)
            .Step(Step.Choose, (_, ctx) => ChoiceScreen.Lines(ctx, Phrase.MenuQuery, Phrase.QueryDetails, Phrase.QueryByVoucher, Phrase.QueryRefunds, Phrase.QuerySummary), s => s
                .On(Key.D1).Exit("the batch list", (_, ctx, _) => List(ctx, Phrase.QueryDetails, BatchPages(ctx)))
                .On(Key.D2).To(Step.Voucher)
                .On(Key.D3).Exit("the refunds list", (_, ctx, _) => List(ctx, Phrase.QueryRefunds,
                    ctx.Journal.ListByType(TransactionType.Refund, RefundRecordsShown).Select(t => Page(RecordTexts.Refund(ctx, t))).ToList()))
                .On(Key.D4).Exit("the batch totals, then back here", (_, ctx, _) => new MessageActivity(Summary(ctx), () => new TransactionQueryActivity())))
            .Step(Step.Voucher, (f, ctx) => [ctx.Say(Phrase.MenuQuery), ctx.Say(Phrase.EnterVoucher), f._voucher.Shown], s => s
                .Field(f => f._voucher)
                .On(Key.Enter).When("typed", (f, _) => f._voucher.Length > 0).Exit("the record (or none)", (f, ctx, _) => f.ByVoucher(ctx)));

    private const int RefundRecordsShown = 200;

    private readonly DigitEntry _voucher = new(6, masked: false);

    protected override FlowTable<TransactionQueryActivity, Step> Table => Flow;

    private Activity ByVoucher(TerminalContext ctx)
    {
        var voucher = int.Parse(_voucher.Value, CultureInfo.InvariantCulture);
        return List(ctx, Phrase.QueryByVoucher, VoucherLookup.Find(ctx, voucher) switch
        {
            { Unreadable: { } row } => [Page(RecordTexts.Unreadable(ctx, row))],
            { Record: { } txn } => [Page(RecordTexts.Detail(ctx, txn))],
            _ => [],
        });
    }

    /// <summary>The batch newest first: each record, and each row that cannot be read in its place.</summary>
    private static List<IReadOnlyList<string>> BatchPages(TerminalContext ctx)
    {
        var batch = ctx.Journal.CurrentBatch();
        var records = ctx.Journal.ListBatch(batch).Select(t => (t.Id, Lines: Page(RecordTexts.Detail(ctx, t))));
        var unreadable = ctx.Journal.ListUnreadable(batch).Select(u => (u.Id, Lines: Page(RecordTexts.Unreadable(ctx, u))));
        return records.Concat(unreadable).OrderByDescending(p => p.Id).Select(p => p.Lines).ToList();
    }

    private static IReadOnlyList<string> Page(IEnumerable<string> lines) => lines.ToList();

    /// <summary>One record a page under "交易明细 n/N"; none: "无交易记录".</summary>
    private static ListActivity List(TerminalContext ctx, Phrase heading, IReadOnlyList<IReadOnlyList<string>> pages)
    {
        ctx.LogStep("Query", heading.ToString());
        return new ListActivity("Query", ctx.Say(heading), pages, Phrase.NoRecords);
    }

    private static Screen Summary(TerminalContext ctx)
    {
        var batch = ctx.Journal.CurrentBatch();
        var totals = ctx.Journal.Totals(batch);
        List<string> lines =
        [
            ctx.Say(Phrase.SummaryHeading, batch.ToString("000000", CultureInfo.InvariantCulture)),
            .. BatchTotalLines.Of(ctx, totals),
        ];
        var unreadable = ctx.Journal.ListUnreadable(batch).Count;
        if (unreadable > 0)
        {
            ctx.Log.Warning("Summary of batch {Batch:000000}: {Count} record(s) cannot be read and are not counted", batch, unreadable);
            lines.Add(ctx.Say(Phrase.UnknownRecordsNotCounted, unreadable));
        }
        return new Screen(lines);
    }
}
