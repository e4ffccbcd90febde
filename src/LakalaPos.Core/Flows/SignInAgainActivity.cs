using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// A sign-in the host asked for (header processing requirement 3, or a MAC error): the signed-in
/// operator signs in again (0800) for new working keys, with no keys pressed. <paramref name="next"/>
/// is told whether it worked.
/// </summary>
public sealed class SignInAgainActivity(Func<bool, Activity> next) : Activity
{
    private HostRequest? _request;
    private TimerTicket? _timer;

    public override string Name => "SignInAgain";

    public override void Enter(TerminalContext ctx)
    {
        ctx.Show(Screen.Of("签到", Prompts.SigningIn, Prompts.Processing));
        _request = HostRequests.New(ctx, HostMessageKind.SignIn, ctx.Journal.NextTrace()) with { OperatorNo = ctx.Session.OperatorNo };
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
        ctx.CancelTimer(_timer);
        var ok = result is { Outcome: HostLinkOutcome.Answered, Response.Approved: true };
        if (ok)
            ctx.Session.SignInRequested = false;
        ctx.Log.Information("Sign-in again for operator {Operator}: {Outcome} {Code}", ctx.Session.OperatorNo, result.Outcome, result.Response?.ResponseCode);
        ctx.Go(next(ok));
    }

    public override void OnTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (ticket != _timer)
            return;
        ctx.Host.Abandon(_request!);
        ctx.Log.Warning("Sign-in again: no answer within {Timeout}", ctx.Options.HostTimeout);
        ctx.Go(next(false));
    }
}
