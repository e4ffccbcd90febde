using LakalaPos.Core.Ecr;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;

namespace LakalaPos.Core.Engine;

/// <summary>Everything the core reacts to arrives as one of these, through one queue, one at a time.</summary>
public abstract record TerminalEvent
{
    public sealed record KeyPressed(Key Key) : TerminalEvent;

    public sealed record CardPresented(CardData Card) : TerminalEvent;

    public sealed record CardRemoved : TerminalEvent;

    /// <summary>A card was presented but could not be read; the reason is for the log and holds no card data.</summary>
    public sealed record CardReadFailed(string Reason) : TerminalEvent;

    /// <summary>The cash register asked for something (spec section 12).</summary>
    public sealed record EcrRequested(EcrRequest Request) : TerminalEvent;

    public sealed record HostResult(HostLinkResult Result) : TerminalEvent;

    public sealed record PaperChanged(bool HasPaper) : TerminalEvent;

    public sealed record TimerFired(TimerTicket Ticket) : TerminalEvent;

    /// <summary>A device call made through <see cref="DeviceCalls"/> came back (its value, or the exception it ended with).</summary>
    public sealed record DeviceCallDone(long Id, object? Value, Exception? Fault) : TerminalEvent;
}
