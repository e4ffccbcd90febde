using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;

namespace LakalaPos.Core.Engine;

/// <summary>
/// What the terminal is doing now (sign-in, idle, a sale...). The engine hands it one event at a
/// time; it answers by showing screens, writing the journal, sending to the host and moving on
/// with <see cref="TerminalContext.Go"/>. Timers it starts die when it is left.
/// </summary>
public abstract class Activity
{
    /// <summary>Name for logs, with the current step when the activity has steps ("Sale/EnterPin").</summary>
    public abstract string Name { get; }

    public virtual void Enter(TerminalContext ctx)
    {
    }

    public virtual void OnKey(TerminalContext ctx, Key key)
    {
    }

    public virtual void OnCard(TerminalContext ctx, CardData card) =>
        ctx.Log.Information("Card {Card} ignored in {Activity}", card.MaskedPan, Name);

    public virtual void OnCardRemoved(TerminalContext ctx)
    {
    }

    public virtual void OnHost(TerminalContext ctx, HostLinkResult result) =>
        ctx.Log.Warning("Host result {Outcome} for {Kind} trace {Trace:000000} not expected in {Activity}; ignored",
            result.Outcome, result.Request.Kind, result.Request.Trace, Name);

    public virtual void OnTimer(TerminalContext ctx, TimerTicket ticket)
    {
    }

    public virtual void OnPaper(TerminalContext ctx, bool hasPaper)
    {
    }

    public override string ToString() => Name;
}
