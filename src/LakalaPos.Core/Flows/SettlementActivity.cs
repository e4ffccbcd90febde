using System.Globalization;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
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
public sealed class SettlementActivity : StepFlow<SettlementActivity, SettlementActivity.Step>
{
    public enum Step { Confirm, Online }

    public static readonly FlowTable<SettlementActivity, Step> Flow =
        new FlowTable<SettlementActivity, Step>("Settlement",
                "Settlement (menu 6): the batch's totals confirmed, settled with the host (0500), uploaded (0320), the slip printed.", Step.Confirm)
            .Step(Step.Confirm, (f, ctx) => f.Totals(ctx), s => s
                .On(Key.Enter).To(Step.Online))
            .Step(Step.Online, (_, ctx) => [ctx.Say(Phrase.MenuSettlement), ctx.Say(Phrase.Settling), ctx.Say(Phrase.Processing)], s => s
                .CannotAbandon()
                .OnEnter("0500 with the totals", (f, ctx) => f.GoOnline(ctx), "BatchUpload, then the slip", "home: settlement failed"));

    private int _batch;
    private BatchTotals _totals = BatchTotals.Of([]);

    protected override FlowTable<SettlementActivity, Step> Table => Flow;

    /// <summary>Menu 6. A batch upload an earlier settlement left unfinished goes first: a batch is never settled over another's missing upload.</summary>
    public static Activity Start(TerminalContext ctx)
    {
        if (ctx.Journal.LastSettlement() is not { UploadDone: false } unfinished)
            return new SettlementActivity();
        ctx.Log.Information("Batch {Batch:000000}'s upload is unfinished: it goes before a new settlement", unfinished.Batch);
        return new BatchUploadActivity(unfinished.Batch, done => done ? new SettlementActivity() : Home.After(ctx, ctx.Say(Phrase.SettlementFailed), ctx.Say(Phrase.UploadUnfinished)));
    }

    public override void Enter(TerminalContext ctx)
    {
        _batch = ctx.Journal.CurrentBatch();
        _totals = ctx.Journal.Totals(_batch);
        base.Enter(ctx);
    }

    private void GoOnline(TerminalContext ctx)
    {
        OnlineGate.Send(ctx, this, SendSettlement);
    }

    private void Answered(TerminalContext ctx, ExchangeResult result)
    {
        if (result.TimedOut)
        {
            ctx.Log.Warning("Settlement of batch {Batch:000000}: no answer within {Timeout}", _batch, ctx.Options.HostTimeout);
            ctx.Go(Home.After(ctx, ctx.Say(Phrase.SettlementFailed), ctx.Say(Phrase.HostTimeout)));
            return;
        }
        if (result is not { Answered: true, Response: { } answer })
        {
            ctx.Log.Warning("Settlement of batch {Batch:000000} got no answer: {Outcome} {Detail}", _batch, result.Outcome, result.Detail);
            ctx.Go(Home.After(ctx, ctx.Say(Phrase.SettlementFailed), result.NotSent ? ctx.Say(Phrase.NetworkDown) : ctx.Say(Phrase.HostTimeout)));
            return;
        }
        if (!answer.Approved)
        {
            ctx.Go(Home.After(ctx, ctx.Say(Phrase.SettlementFailed), $"{answer.ResponseCode} {ResponseCodes.TextOf(answer.ResponseCode, ctx.Language)}"));
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
            var lines = new List<string> { c.Say(Phrase.SettlementDone), c.Say(VerdictPhrase(settlement.Result)) };
            if (!uploaded)
                lines.Add(c.Say(Phrase.UploadUnfinished));
            if (!result.Printed)
                lines.AddRange([c.Say(Phrase.PaperOut), c.Say(Phrase.SlipReprintable)]);
            return Home.After(c, [.. lines]);
        });

    /// <summary>The verdict on screen (the slip keeps its own bilingual one).</summary>
    private static Phrase VerdictPhrase(SettlementResult result) => result switch
    {
        SettlementResult.Balanced => Phrase.SettlementBalanced,
        SettlementResult.Unbalanced => Phrase.SettlementUnbalanced,
        _ => Phrase.SettlementError,
    };

    private void Render(TerminalContext ctx) => Redraw(ctx);

    private IEnumerable<string> Totals(TerminalContext ctx) =>
    [
        ctx.Say(Phrase.SettlementHeading, _batch.ToString("000000", CultureInfo.InvariantCulture)),
        .. BatchTotalLines.Of(ctx, _totals),
        ctx.Say(Phrase.ConfirmSettlement),
    ];
}

/// <summary>Prints the settlement slip (结算总计单) of a settled batch.</summary>
public static class SettlementSlip
{
    /// <summary>The activity that prints the slip, then goes where <paramref name="next"/> says.</summary>
    public static Activity Print(SettlementRecord settlement, bool reprint, Func<TerminalContext, PrintResult, Activity> next) =>
        new SlipPrintActivity(reprint ? Phrase.MenuReprint : Phrase.MenuSettlement, $"settlement slip of batch {settlement.Batch:000000}",
            (ctx, columns) => ReceiptRenderer.Render(
                SettlementSlipBuilder.Build(settlement, ReceiptComposer.Merchant(ctx), reprint, ctx.Options.IsTestProfile), columns), next);
}
