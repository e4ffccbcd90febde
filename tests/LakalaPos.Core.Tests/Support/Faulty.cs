using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;

namespace LakalaPos.Core.Tests.Support;

/// <summary>
/// An activity with a bug: any key throws. With <paramref name="sendFirst"/> it has sent that
/// request on entering and awaits its answer when the key comes.
/// </summary>
internal sealed class Faulty(Func<TerminalContext, HostRequest>? sendFirst = null) : Activity
{
    public const string Bug = "a bug in the flow";

    public override string Name => "Faulty";

    public override void Enter(TerminalContext ctx)
    {
        if (sendFirst is not null)
            ctx.Exchange.Send(sendFirst(ctx), (_, _) => { });
    }

    public override void OnKey(TerminalContext ctx, Key key) => throw new InvalidOperationException(Bug);
}
