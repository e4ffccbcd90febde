using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// The rules every prompting flow shares: each prompt waits at most the prompt time-out from the
/// last key, then the flow is abandoned ("操作超时"); CANCEL abandons it at once. Abandoning sends
/// nothing and writes nothing but the log.
/// </summary>
public abstract class PromptActivity : Activity
{
    private TimerTicket? _promptTimer;

    /// <summary>Whether CANCEL and the prompt time-out may abandon the flow now (not while the host is asked).</summary>
    protected virtual bool CanAbandon => true;

    /// <summary>(Re)starts the prompt time-out; call on entering a prompt and on every key.</summary>
    protected void RestartPromptTimer(TerminalContext ctx)
    {
        ctx.CancelTimer(_promptTimer);
        _promptTimer = ctx.StartTimer("prompt", ctx.Options.PromptTimeout);
    }

    protected void StopPromptTimer(TerminalContext ctx)
    {
        ctx.CancelTimer(_promptTimer);
        _promptTimer = null;
    }

    public sealed override void OnKey(TerminalContext ctx, Key key)
    {
        if (key == Key.Cancel && CanAbandon)
        {
            ctx.Log.Information("{Activity} cancelled by the operator", Name);
            ctx.Go(AfterCancel(ctx));
            return;
        }
        if (_promptTimer is not null)
            RestartPromptTimer(ctx);
        OnPromptKey(ctx, key);
    }

    public sealed override void OnTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (ticket == _promptTimer)
        {
            _promptTimer = null;
            if (CanAbandon)
            {
                ctx.Log.Information("{Activity} timed out waiting for the operator", Name);
                ctx.Go(AfterPromptTimeout(ctx));
            }
            return;
        }
        OnFlowTimer(ctx, ticket);
    }

    protected abstract void OnPromptKey(TerminalContext ctx, Key key);

    protected virtual void OnFlowTimer(TerminalContext ctx, TimerTicket ticket)
    {
    }

    /// <summary>
    /// The flow's request the online gate holds while a sign-in or a reversal it pushed runs
    /// (<see cref="OnlineGate.Send"/>); null when none is held.
    /// </summary>
    internal Action<TerminalContext>? HeldByGate { get; set; }

    /// <summary>A child returned: the online gate's goes back to the gate; any other is the flow's to handle (by default a fault).</summary>
    public override void OnReturn(TerminalContext ctx, Activity child, ChildResult result)
    {
        if (!OnlineGate.Returned(ctx, this, child, result))
            base.OnReturn(ctx, child, result);
    }

    protected virtual Activity AfterCancel(TerminalContext ctx) => Home.For(ctx);

    protected virtual Activity AfterPromptTimeout(TerminalContext ctx) => Home.After(ctx, ctx.Say(Phrase.PromptTimeout));
}
