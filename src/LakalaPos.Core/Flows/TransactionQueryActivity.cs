using System.Globalization;
using LakalaPos.Core.Engine;
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
/// </summary>
public sealed class TransactionQueryActivity : PromptActivity
{
    private enum Step { Choose, Browse, Voucher }

    private const int RefundRecordsShown = 200;

    private Step _step;
    private Phrase _heading = Phrase.MenuQuery;
    private IReadOnlyList<IReadOnlyList<string>> _pages = [];
    private int _index;
    private readonly DigitEntry _voucher = new(6, masked: false);

    public override string Name => $"Query/{_step}";

    public override void Enter(TerminalContext ctx)
    {
        RestartPromptTimer(ctx);
        Render(ctx);
    }

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        switch (_step)
        {
            case Step.Choose when key == Key.D1:
                Browse(ctx, Phrase.QueryDetails, BatchPages(ctx));
                break;
            case Step.Choose when key == Key.D2:
                _step = Step.Voucher;
                Render(ctx);
                break;
            case Step.Choose when key == Key.D3:
                Browse(ctx, Phrase.QueryRefunds, ctx.Journal.ListByType(TransactionType.Refund, RefundRecordsShown).Select(t => Page(RecordTexts.Refund(ctx, t))).ToList());
                break;
            case Step.Choose when key == Key.D4:
                ctx.Go(new MessageActivity(Summary(ctx), () => new TransactionQueryActivity()));
                break;
            case Step.Browse when key is Key.Down or Key.Enter && _index + 1 < _pages.Count:
                _index++;
                Render(ctx);
                break;
            case Step.Browse when key == Key.Up && _index > 0:
                _index--;
                Render(ctx);
                break;
            case Step.Voucher when _voucher.Accept(key):
                Render(ctx);
                break;
            case Step.Voucher when key == Key.Enter && _voucher.Length > 0:
                var voucher = int.Parse(_voucher.Value, CultureInfo.InvariantCulture);
                Browse(ctx, Phrase.QueryByVoucher, VoucherLookup.Find(ctx, voucher) switch
                {
                    { Unreadable: { } row } => [Page(RecordTexts.Unreadable(ctx, row))],
                    { Record: { } txn } => [Page(RecordTexts.Detail(ctx, txn))],
                    _ => [],
                });
                break;
        }
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

    private void Browse(TerminalContext ctx, Phrase heading, IReadOnlyList<IReadOnlyList<string>> pages)
    {
        _step = Step.Browse;
        _heading = heading;
        _pages = pages;
        _index = 0;
        ctx.LogStep("Query", heading.ToString());
        Render(ctx);
    }

    private static Screen Summary(TerminalContext ctx)
    {
        var batch = ctx.Journal.CurrentBatch();
        var totals = BatchTotals.Of(ctx.Journal.ListBatch(batch));
        List<string> lines =
        [
            ctx.Say(Phrase.SummaryHeading, batch.ToString("000000", CultureInfo.InvariantCulture)),
            .. BatchTotals.Lines(ctx, totals),
        ];
        var unreadable = ctx.Journal.ListUnreadable(batch).Count;
        if (unreadable > 0)
        {
            ctx.Log.Warning("Summary of batch {Batch:000000}: {Count} record(s) cannot be read and are not counted", batch, unreadable);
            lines.Add(ctx.Say(Phrase.UnknownRecordsNotCounted, unreadable));
        }
        return new Screen(lines);
    }

    private void Render(TerminalContext ctx)
    {
        switch (_step)
        {
            case Step.Choose:
                ctx.Show(Screen.Of(ctx.Say(Phrase.MenuQuery), $"1 {ctx.Say(Phrase.QueryDetails)}", $"2 {ctx.Say(Phrase.QueryByVoucher)}",
                    $"3 {ctx.Say(Phrase.QueryRefunds)}", $"4 {ctx.Say(Phrase.QuerySummary)}"));
                break;
            case Step.Voucher:
                ctx.Show(Screen.Of(ctx.Say(Phrase.MenuQuery), ctx.Say(Phrase.EnterVoucher), _voucher.Shown));
                break;
            case Step.Browse when _pages.Count == 0:
                ctx.Show(Screen.Of(ctx.Say(_heading), ctx.Say(Phrase.NoRecords)));
                break;
            default:
                ctx.Show(new Screen([$"{ctx.Say(_heading)} {_index + 1}/{_pages.Count}", .. _pages[_index]]));
                break;
        }
    }
}
