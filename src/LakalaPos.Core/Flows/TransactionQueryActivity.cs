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
/// </summary>
public sealed class TransactionQueryActivity : PromptActivity
{
    private enum Step { Choose, Browse, Voucher }

    private const string Title = "交易查询";
    private const int RefundRecordsShown = 200;

    private Step _step;
    private string _heading = Title;
    private IReadOnlyList<TransactionRecord> _records = [];
    private Func<TransactionRecord, IEnumerable<string>> _describe = _ => [];
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
                Browse(ctx, "交易明细", ctx.Journal.ListBatch(ctx.Journal.CurrentBatch()), t => RecordTexts.Detail(ctx, t));
                break;
            case Step.Choose when key == Key.D2:
                _step = Step.Voucher;
                Render(ctx);
                break;
            case Step.Choose when key == Key.D3:
                Browse(ctx, "退货记录", ctx.Journal.ListByType(TransactionType.Refund, RefundRecordsShown), t => RecordTexts.Refund(ctx, t));
                break;
            case Step.Choose when key == Key.D4:
                ctx.Go(new MessageActivity(Summary(ctx), () => new TransactionQueryActivity()));
                break;
            case Step.Browse when key is Key.Down or Key.Enter && _index + 1 < _records.Count:
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
                var txn = ctx.Journal.FindByVoucher(voucher, ctx.Journal.CurrentBatch()) ?? ctx.Journal.FindByVoucher(voucher);
                Browse(ctx, "按凭证号", txn is null ? [] : [txn], t => RecordTexts.Detail(ctx, t));
                break;
        }
    }

    private void Browse(TerminalContext ctx, string heading, IReadOnlyList<TransactionRecord> records, Func<TransactionRecord, IEnumerable<string>> describe)
    {
        _step = Step.Browse;
        _heading = heading;
        _records = records;
        _describe = describe;
        _index = 0;
        ctx.LogStep("Query", heading);
        Render(ctx);
    }

    private static Screen Summary(TerminalContext ctx)
    {
        var batch = ctx.Journal.CurrentBatch();
        var totals = BatchTotals.Of(ctx.Journal.ListBatch(batch));
        return Screen.Of(
            $"交易汇总 批次 {batch:000000}",
            $"消费 {totals.SaleCount}笔 {Fen.Format(totals.SaleFen)}",
            $"撤销 {totals.VoidCount}笔 {Fen.Format(totals.VoidFen)}",
            $"退货 {totals.RefundCount}笔 {Fen.Format(totals.RefundFen)}");
    }

    private void Render(TerminalContext ctx)
    {
        switch (_step)
        {
            case Step.Choose:
                ctx.Show(Screen.Of(Title, "1 交易明细", "2 按凭证号", "3 退货记录", "4 交易汇总"));
                break;
            case Step.Voucher:
                ctx.Show(Screen.Of(Title, "请输入凭证号", _voucher.Shown));
                break;
            case Step.Browse when _records.Count == 0:
                ctx.Show(Screen.Of(_heading, "无交易记录"));
                break;
            default:
                ctx.Show(new Screen([$"{_heading} {_index + 1}/{_records.Count}", .. _describe(_records[_index])]));
                break;
        }
    }
}
