using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Asks whether the host can be reached before a flow that needs it from its first step (退货):
/// "正在检查网络" while the check runs as a device call (a slow network never freezes the
/// keypad); reachable goes on to <paramref name="next"/>, unreachable shows
/// "网络未连接,请检查网络" and goes home. CANCEL gives up waiting.
/// </summary>
public sealed class NetworkCheckActivity(string title, Func<Activity> next) : Activity
{
    public override string Name => $"NetworkCheck({title})";

    public override void Enter(TerminalContext ctx)
    {
        ctx.Show(Screen.Of(title, ctx.Say(Phrase.CheckingNetwork)));
        var exchange = ctx.Exchange;
        ctx.Calls.Run("host: can it be reached", exchange.IsReachable, (c, result) =>
        {
            if (result is { Failed: false, Value: true })
            {
                c.Go(next());
                return;
            }
            c.Log.Warning("{Title} refused: the host cannot be reached", title);
            c.Go(Home.After(c, title, ctx.Say(Phrase.NetworkDown)));
        });
    }

    public override void OnKey(TerminalContext ctx, Key key)
    {
        if (key != Key.Cancel)
            return;
        ctx.Log.Information("{Title}: network check given up by the operator", title);
        ctx.Go(Home.For(ctx));
    }
}
