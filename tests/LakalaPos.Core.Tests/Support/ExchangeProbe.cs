using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;

namespace LakalaPos.Core.Tests.Support;

/// <summary>An activity that sends one request when entered and keeps every result it is told, and every timer it is given.</summary>
internal sealed class ExchangeProbe(Func<TerminalContext, HostRequest> request) : Activity
{
    public List<ExchangeResult> Results { get; } = [];
    public List<TimerTicket> OtherTimers { get; } = [];

    public override string Name => "Probe";

    public override void Enter(TerminalContext ctx) => Send(ctx, request(ctx));

    public void Send(TerminalContext ctx, HostRequest next) => ctx.Exchange.Send(next, (_, result) => Results.Add(result));

    public override void OnTimer(TerminalContext ctx, TimerTicket ticket) => OtherTimers.Add(ticket);
}
