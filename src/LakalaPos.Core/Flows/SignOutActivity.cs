using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// 签退 (menu 0): tells the host (0820, 60.3=002) and signs the cashier out whatever it answers —
/// a cashier leaving must not be kept signed in by a network fault.
/// </summary>
public sealed class SignOutActivity : Activity
{
    public override string Name => "SignOut";

    public override void Enter(TerminalContext ctx)
    {
        ctx.Show(Screen.Of(ctx.Say(Phrase.MenuSignOut), ctx.Say(Phrase.Processing)));
        var request = HostRequests.New(ctx, HostMessageKind.SignOut, ctx.Journal.NextTrace()) with { OperatorNo = ctx.Session.OperatorNo };
        ctx.Exchange.Send(request, Answered);
    }

    private static void Answered(TerminalContext ctx, ExchangeResult result)
    {
        if (!result.TimedOut)
            ctx.Log.Information("Sign-out answered: {Outcome} {Code}", result.Outcome, result.Response?.ResponseCode);
        ctx.Log.Information("Operator {Operator} signed out", ctx.Session.OperatorNo);
        ctx.Session.OperatorNo = null;
        ctx.Go(new MessageActivity(Screen.Of(ctx.Say(Phrase.SignedOut)), () => new SignInActivity()));
    }
}
