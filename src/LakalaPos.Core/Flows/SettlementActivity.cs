using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;
using LakalaPos.Core.Receipts;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// 结算 (menu 6, spec section 7): the batch's totals by type and "确认结算?"; then 0500 with the
/// totals; on the host's answer the settlement is journaled together with the move to the next
/// batch; then the batch upload (0320), the settlement slip with 对账平 / 对账不平, and idle.
/// </summary>
public sealed class SettlementActivity : PromptActivity
{
    private enum Step { Confirm, Online }

    public const string Title = "结算";

    private Step _step;
    private int _batch;
    private BatchTotals _totals = BatchTotals.Of([]);

    public override string Name => $"Settlement/{_step}";

    protected override bool CanAbandon => _step != Step.Online;

    /// <summary>Menu 6. A batch upload an earlier settlement left unfinished goes first: a batch is never settled over another's missing upload.</summary>
    public static Activity Start(TerminalContext ctx)
    {
        if (ctx.Journal.LastSettlement() is not { UploadDone: false } unfinished)
            return new SettlementActivity();
        ctx.Log.Information("Batch {Batch:000000}'s upload is unfinished: it goes before a new settlement", unfinished.Batch);
        return new BatchUploadActivity(unfinished.Batch, done => done ? new SettlementActivity() : Home.After(ctx, "结算失败", Prompts.UploadUnfinished));
    }

    public override void Enter(TerminalContext ctx)
    {
        _batch = ctx.Journal.CurrentBatch();
        _totals = BatchTotals.Of(ctx.Journal.ListBatch(_batch));
        RestartPromptTimer(ctx);
        Render(ctx);
    }

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        if (_step != Step.Confirm || key != Key.Enter)
            return;
        _step = Step.Online;
        ctx.LogStep("Settlement", "Online");
        StopPromptTimer(ctx);
        Render(ctx);
        OnlineGate.Send(ctx, this, SendSettlement);
    }

    private void Answered(TerminalContext ctx, ExchangeResult result)
    {
        if (result.TimedOut)
        {
            ctx.Log.Warning("Settlement of batch {Batch:000000}: no answer within {Timeout}", _batch, ctx.Options.HostTimeout);
            ctx.Go(Home.After(ctx, "结算失败", Prompts.HostTimeout));
            return;
        }
        if (result is not { Answered: true, Response: { } answer })
        {
            ctx.Log.Warning("Settlement of batch {Batch:000000} got no answer: {Outcome} {Detail}", _batch, result.Outcome, result.Detail);
            ctx.Go(Home.After(ctx, "结算失败", result.NotSent ? Prompts.NetworkDown : Prompts.HostTimeout));
            return;
        }
        if (!answer.Approved)
        {
            ctx.Go(Home.After(ctx, "结算失败", $"{answer.ResponseCode} {ResponseCodes.TextOf(answer.ResponseCode)}"));
            return;
        }
        var settlement = new SettlementRecord
        {
            Batch = _batch,
            LocalTime = result.Request.LocalTime,
            OperatorNo = ctx.Session.OperatorNo ?? "",
            SaleFen = _totals.SaleFen,
            SaleCount = _totals.SaleCount,
            VoidFen = _totals.VoidFen,
            VoidCount = _totals.VoidCount,
            RefundFen = _totals.RefundFen,
            RefundCount = _totals.RefundCount,
            Result = answer.Settlement ?? SettlementResult.Error,
        };
        ctx.Journal.CompleteSettlement(settlement);
        ctx.Log.Information("Batch {Batch:000000} settled: {Result}", _batch, settlement.Result);
        ctx.Go(new BatchUploadActivity(_batch, uploaded => Finish(ctx, settlement, uploaded)));
    }

    private void SendSettlement(TerminalContext ctx)
    {
        Render(ctx);
        var request = HostRequests.New(ctx, HostMessageKind.Settlement, ctx.Journal.NextTrace()) with { Totals = _totals.ForHost };
        ctx.Log.Information("Settling batch {Batch:000000}: {Totals}", _batch, _totals.ForHost);
        ctx.Exchange.Send(request, Answered);
    }

    private static Activity Finish(TerminalContext ctx, SettlementRecord settlement, bool uploaded) =>
        SettlementSlip.Print(settlement, reprint: false, (c, result) =>
        {
            var lines = new List<string> { "结算完成", SettlementSlipBuilder.Verdict(settlement.Result) };
            if (!uploaded)
                lines.Add(Prompts.UploadUnfinished);
            if (!result.Printed)
                lines.AddRange([Prompts.PaperOut, "结算单可重打印"]);
            return Home.After(c, [.. lines]);
        });

    private void Render(TerminalContext ctx)
    {
        if (_step == Step.Online)
        {
            ctx.Show(Screen.Of(Title, "结算中", Prompts.Processing));
            return;
        }
        ctx.Show(Screen.Of(
            $"{Title} 批次 {_batch:000000}",
            $"消费 {_totals.SaleCount}笔 {Fen.Format(_totals.SaleFen)}",
            $"撤销 {_totals.VoidCount}笔 {Fen.Format(_totals.VoidFen)}",
            $"退货 {_totals.RefundCount}笔 {Fen.Format(_totals.RefundFen)}",
            "确认结算?"));
    }
}

/// <summary>Prints the settlement slip (结算总计单) of a settled batch.</summary>
public static class SettlementSlip
{
    /// <summary>The activity that prints the slip, then goes where <paramref name="next"/> says.</summary>
    public static Activity Print(SettlementRecord settlement, bool reprint, Func<TerminalContext, PrintResult, Activity> next) =>
        new SlipPrintActivity(reprint ? "重打印" : "结算", $"settlement slip of batch {settlement.Batch:000000}",
            (ctx, columns) => ReceiptRenderer.Render(
                SettlementSlipBuilder.Build(settlement, ReceiptComposer.Merchant(ctx), reprint, ctx.Options.IsTestProfile), columns), next);
}
