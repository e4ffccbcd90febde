using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Tests.Support;

/// <summary>An activity that sends one money-moving request the way the flows do, and goes where its outcome leads.</summary>
internal sealed class OnlineProbe(TransactionType type, HostMessageKind kind) : Activity
{
    public override string Name => "OnlineProbe";

    public override void Enter(TerminalContext ctx)
    {
        var request = HostRequests.New(ctx, kind, ctx.Journal.NextTrace()) with { AmountFen = 10_000, Card = Journal.LifecycleSamples.ChipCard() };
        var pending = TransactionLifecycle.Begin(request, type, 10_000, "01", ctx.Options.PanProtector);
        OnlineRequest.Send(ctx, request, pending, (c, _, next) => c.Go(next));
    }
}
