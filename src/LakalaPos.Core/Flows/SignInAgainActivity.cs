using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// A sign-in the host asked for (header processing requirement 3, or a MAC error): the signed-in
/// operator signs in again (0800) for new working keys, with no keys pressed. Pushed by the flow
/// that needs it (<see cref="OnlineGate"/>), it returns how it went: done when approved, with the
/// exchange's result (no answer in time, not sent, or the host's answer).
/// </summary>
public sealed class SignInAgainActivity : Activity
{
    public override string Name => "SignInAgain";

    public override void Enter(TerminalContext ctx)
    {
        ctx.Show(Screen.Of(ctx.Say(Phrase.SignInTitle), ctx.Say(Phrase.SigningIn), ctx.Say(Phrase.Processing)));
        var request = HostRequests.New(ctx, HostMessageKind.SignIn, ctx.Journal.NextTrace()) with { OperatorNo = ctx.Session.OperatorNo };
        ctx.Exchange.Send(request, Answered);
    }

    private void Answered(TerminalContext ctx, ExchangeResult result)
    {
        if (result.TimedOut)
        {
            ctx.Log.Warning("Sign-in again: no answer within {Timeout}", ctx.Options.HostTimeout);
            ctx.Return(new ChildResult(Done: false, result));
            return;
        }
        if (result.Approved)
            ctx.Session.SignInRequested = false;
        ctx.Log.Information("Sign-in again for operator {Operator}: {Outcome} {Code}", ctx.Session.OperatorNo, result.Outcome, result.Response?.ResponseCode);
        ctx.Return(new ChildResult(result.Approved, result));
    }
}
