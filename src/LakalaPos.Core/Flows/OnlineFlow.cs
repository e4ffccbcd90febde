using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// What every flow that ends in one online request shares (sale, void, refund, balance inquiry):
/// steps in spec order with the prompt rules while prompting, the online gate before the request,
/// no CANCEL or prompt time-out while the host is asked, and the answer or the host time-out
/// deciding where the flow goes. And the card: a bad read at the card prompt asks again
/// ("读卡失败,请重新刷卡"); the chip card taken out before the transaction ends cancels it
/// ("交易取消") — with nothing sent when nothing has left, or, while the answer is awaited, as a
/// request with no answer (a sale's or void's reversal is sent, a refund is UNKNOWN).
/// Each flow declares its steps in a <see cref="FlowTable{TFlow,TStep}"/>: its online step
/// <see cref="StepRules{TFlow,TStep}.CannotAbandon"/> and sends on entry (<see cref="GoOnline"/>).
/// </summary>
public abstract class OnlineFlow<TFlow, TStep> : StepFlow<TFlow, TStep>
    where TFlow : OnlineFlow<TFlow, TStep>
    where TStep : struct, Enum
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private bool _ended;
    private TimerTicket? _countdown;

    /// <summary>The card the transaction is made with, once presented.</summary>
    protected CardData? Card { get; private set; }

    /// <summary>The step during which the host is asked.</summary>
    protected abstract TStep OnlineStep { get; }

    /// <summary>The step that asks for the card ("请刷卡/插卡/挥卡").</summary>
    protected abstract TStep CardStep { get; }

    /// <summary>The transaction is made with <paramref name="card"/>; an inserted one is the slot's transaction card from now on.</summary>
    protected void UseCard(TerminalContext ctx, CardData card)
    {
        Card = card;
        ctx.CardSlot.Use(card);
    }

    /// <summary>
    /// The online step's entry: sends through the gate (a requested sign-in and due reversals
    /// first), then counts the host time-out down on the screen.
    /// </summary>
    protected void GoOnline(TerminalContext ctx, Action<TerminalContext> send)
    {
        OnlineGate.Send(ctx, this, c =>
        {
            // The gate may have stepped aside for a reversal or a sign-in: the chip card may be gone since.
            if (Card is { } card && c.CardSlot.WasTakenOut(card))
            {
                Cancelled(c);
                return;
            }
            Redraw(c);
            send(c);
            if (c.IsCurrent(this) && c.Exchange.IsAwaiting)
            {
                // Now the host timer runs: the screen counts it down, a redraw a second.
                Redraw(c);
                _countdown = c.StartRedrawTimer("countdown", Second);
            }
        });
    }

    /// <summary>
    /// What the screen says while the host is asked: "处理中", the seconds left before the terminal
    /// gives up ("请稍候 58秒"), and that CANCEL does nothing now (the money may already be moving).
    /// </summary>
    protected static IEnumerable<string> HostWaitLines(TerminalContext ctx)
    {
        yield return ctx.Say(Phrase.Processing);
        yield return ctx.Exchange.TimeLeft is { } left
            ? ctx.Say(Phrase.WaitSeconds, (int)Math.Ceiling(left.TotalSeconds))
            : ctx.Say(Phrase.PleaseWait);
        yield return ctx.Say(Phrase.CannotCancelNow);
    }

    protected override void OnFlowTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (ticket != _countdown || !Is(OnlineStep) || !ctx.Exchange.IsAwaiting)
            return;
        Redraw(ctx);
        _countdown = ctx.StartRedrawTimer("countdown", Second);
    }

    /// <summary>The flow's request, journal first (<see cref="OnlineRequest"/>); its outcome comes back to <see cref="Answered"/>.</summary>
    protected void SendOnline(TerminalContext ctx, HostRequest request, TransactionRecord pending,
        Func<TransactionRecord, TransactionRecord[]>? alsoOnApproval = null, bool printsReceipt = true) =>
        OnlineRequest.Send(ctx, request, pending, (c, result, next) =>
        {
            _ended = true;
            if (Answered(c, result, next) is { } to)
                c.Go(to);
        }, alsoOnApproval, printsReceipt);

    /// <summary>The pending journal record of the flow's request, by the signed-in operator.</summary>
    protected static TransactionRecord Pending(TerminalContext ctx, HostRequest request, TransactionType type, long amountFen) =>
        TransactionLifecycle.Begin(request, type, amountFen, ctx.Session.OperatorNo ?? "", ctx.Options.PanProtector);

    /// <summary>
    /// Where the request's outcome takes the flow: by default <paramref name="next"/>, where the
    /// request's outcome leads (receipt, or home with a message); null to stay (the flow moved to a step of its own).
    /// </summary>
    protected virtual Activity? Answered(TerminalContext ctx, ExchangeResult result, Activity next) => next;

    /// <summary>CANCEL with the chip card still in: "交易取消" stays with "请拔卡" until it is taken out.</summary>
    protected override Activity AfterCancel(TerminalContext ctx) =>
        ctx.CardSlot.HoldsTransactionCard ? Home.After(ctx, ctx.Say(Phrase.TransactionCancelled)) : base.AfterCancel(ctx);

    /// <summary>A bad read at the card step asks again ("读卡失败,请重新刷卡"); elsewhere it is ignored.</summary>
    public sealed override void OnCardReadFailed(TerminalContext ctx, string reason)
    {
        if (!Is(CardStep))
        {
            base.OnCardReadFailed(ctx, reason);
            return;
        }
        RestartPromptTimer(ctx);
        Notice(Phrase.CardReadFailed);
        Redraw(ctx);
    }

    /// <summary>The transaction's chip card was taken out before the transaction ended: it is cancelled.</summary>
    public sealed override void OnCardRemoved(TerminalContext ctx)
    {
        if (_ended || Card is not { EntryMode: EntryMode.Insert })
            return;
        if (ctx.Exchange.IsAwaiting)
        {
            // It may have reached the host: what follows is what follows no answer.
            ctx.Exchange.GiveUp("the chip card was taken out");
            return;
        }
        Cancelled(ctx);
    }

    private void Cancelled(TerminalContext ctx)
    {
        ctx.Log.Information("{Activity}: the chip card was taken out; cancelled, nothing sent", Name);
        ctx.Go(Home.After(ctx, ctx.Say(Phrase.TransactionCancelled)));
    }

    private bool Is(TStep step) => EqualityComparer<TStep>.Default.Equals(CurrentStep, step);
}
