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
    private HostRequest? _request;
    private TimerTicket? _timer;

    public override string Name => "SignOut";

    public override void Enter(TerminalContext ctx)
    {
        ctx.Show(Screen.Of("签退", Prompts.Processing));
        _request = HostRequests.New(ctx, HostMessageKind.SignOut, ctx.Journal.NextTrace()) with { OperatorNo = ctx.Session.OperatorNo };
        _timer = ctx.StartTimer("host", ctx.Options.HostTimeout);
        ctx.Host.Send(_request);
    }

    public override void OnHost(TerminalContext ctx, HostLinkResult result)
    {
        if (result.Request != _request)
        {
            base.OnHost(ctx, result);
            return;
        }
        ctx.Log.Information("Sign-out answered: {Outcome} {Code}", result.Outcome, result.Response?.ResponseCode);
        Done(ctx);
    }

    public override void OnTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (ticket != _timer)
            return;
        ctx.Host.Abandon(_request!);
        Done(ctx);
    }

    private static void Done(TerminalContext ctx)
    {
        ctx.Log.Information("Operator {Operator} signed out", ctx.Session.OperatorNo);
        ctx.Session.OperatorNo = null;
        ctx.Go(new MessageActivity(Screen.Of(Prompts.SignedOut), () => new SignInActivity()));
    }
}
