using LakalaPos.Core.Ecr;
using LakalaPos.Core.Hardware;

namespace LakalaPos.Core.Engine;

/// <summary>
/// What the terminal is doing now (sign-in, idle, a sale...). The engine hands it one event at a
/// time; it answers by showing screens, writing the journal, sending to the host
/// (<see cref="TerminalContext.Exchange"/>, which tells it the result) and moving on with
/// <see cref="TerminalContext.Go"/>. Timers it starts, and a request it still awaits, die when it is left.
/// It may also step aside for a child (<see cref="TerminalContext.Push"/>): it is suspended — left
/// as with Go — until the child ends with <see cref="TerminalContext.Return"/>, and then hears of it
/// in <see cref="OnReturn"/>, not entered again.
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

    /// <summary>A card could not be read (a bad swipe). Only where a card is asked for does it matter; elsewhere it is ignored.</summary>
    public virtual void OnCardReadFailed(TerminalContext ctx, string reason) =>
        ctx.Log.Information("Failed card read ignored in {Activity}", Name);

    public virtual void OnTimer(TerminalContext ctx, TimerTicket ticket)
    {
    }

    public virtual void OnPaper(TerminalContext ctx, bool hasPaper)
    {
    }

    /// <summary>
    /// A new request from the cash register (not a query, not one asked again: <see cref="EcrDesk"/>
    /// answers those). Only idle takes one on; anywhere else the register is told the terminal is busy.
    /// </summary>
    public virtual void OnEcrRequest(TerminalContext ctx, EcrRequest request) =>
        ctx.Ecr.Refuse(request, EcrReason.Busy, $"the terminal is in {Name}");

    /// <summary>The register request this activity is part of serving; the desk answers CANCELLED when the engine moves to one that is not.</summary>
    public virtual EcrRequest? Serves => null;

    /// <summary>
    /// A child this activity pushed has returned: the activity is current again (not re-entered;
    /// its timers died when it stepped aside) and goes on from <paramref name="result"/>. An activity
    /// that pushes must override this; by default a return is a fault (the engine's fault path runs).
    /// </summary>
    public virtual void OnReturn(TerminalContext ctx, Activity child, ChildResult result) =>
        throw new InvalidOperationException($"{Name} did not expect {child.Name} to return to it ({result})");

    public override string ToString() => Name;
}
