using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Input;
using LakalaPos.Core.Operators;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Security;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Spec section 1: "请输入操作员号" (2 digits), "请输入密码" (masked), the local check ("密码错误"
/// and ask again), then the sign-in to the host (0800): "签到成功" and idle, or the host's refusal
/// and back to the sign-in prompt.
/// </summary>
public sealed class SignInActivity : StepFlow<SignInActivity, SignInActivity.Step>
{
    public enum Step { Operator, Password, Online }

    public static readonly FlowTable<SignInActivity, Step> Flow =
        new FlowTable<SignInActivity, Step>("SignIn",
                "The cashier signs in: operator number and password checked here, then the sign-in to the host (0800).", Step.Operator)
            .Step(Step.Operator, (f, ctx) => [ctx.Say(Phrase.SignInTitle), ctx.Say(Phrase.EnterOperator), f._operator.Shown], s => s
                .Field(f => f._operator)
                .On(Key.Enter).When("2 digits", (f, _) => f._operator.Length == 2).To(Step.Password))
            .Step(Step.Password, (f, ctx) => [ctx.Say(Phrase.SignInTitle), ctx.Say(Phrase.OperatorLine, f._operator.Value), ctx.Say(Phrase.EnterPassword), f._password.Shown], s => s
                .Field(f => f._password)
                .On(Key.Enter).When("wrong number or password", (f, ctx) => f._password.Length > 0 && !f.PasswordIsRight(ctx))
                    .Exit("wrong password, then sign in again", (f, ctx, _) => f.Refused(ctx))
                .On(Key.Enter).When("right", (f, _) => f._password.Length > 0).To(Step.Online))
            .Step(Step.Online, (_, ctx) => [ctx.Say(Phrase.SignInTitle), ctx.Say(Phrase.SigningIn), ctx.Say(Phrase.Processing)], s => s
                .CannotAbandon()
                .OnEnter("0800", (f, ctx) => f.Send(ctx), "signed in: AfterSignIn", "refused: sign in again"));

    private readonly DigitEntry _operator = new(2, masked: false);
    private readonly DigitEntry _password = new(8, masked: true);

    protected override FlowTable<SignInActivity, Step> Table => Flow;

    protected override Activity AfterCancel(TerminalContext ctx) => new SignInActivity();

    protected override Activity AfterPromptTimeout(TerminalContext ctx) =>
        new MessageActivity(Screen.Of(ctx.Say(Phrase.PromptTimeout)), () => new SignInActivity());

    private bool PasswordIsRight(TerminalContext ctx) =>
        OperatorRules.CanSignIn(ctx.Journal.FindOperator(_operator.Value), new SecretDigits(_password.Value));

    private Activity Refused(TerminalContext ctx)
    {
        ctx.Log.Information("Sign-in refused for operator {Operator}: wrong number or password", _operator.Value);
        return new MessageActivity(Screen.Of(ctx.Say(Phrase.WrongPassword)), () => new SignInActivity());
    }

    private void Send(TerminalContext ctx)
    {
        var request = HostRequests.New(ctx, HostMessageKind.SignIn, ctx.Journal.NextTrace()) with { OperatorNo = _operator.Value };
        ctx.Exchange.Send(request, Answered);
    }

    private void Answered(TerminalContext ctx, ExchangeResult result)
    {
        if (result.TimedOut)
        {
            ctx.Log.Warning("Sign-in: no answer from the host within {Timeout}", ctx.Options.HostTimeout);
            ctx.Go(new MessageActivity(Screen.Of(ctx.Say(Phrase.SignInFailed), ctx.Say(Phrase.HostTimeout)), () => new SignInActivity()));
            return;
        }
        if (result.Approved)
        {
            ctx.Session.OperatorNo = _operator.Value;
            ctx.Session.SignInRequested = false;
            ctx.Log.Information("Operator {Operator} signed in", _operator.Value);
            ctx.Go(AfterSignIn.Next(ctx));
            return;
        }
        ctx.Log.Warning("Sign-in not accepted: {Outcome} {Code}", result.Outcome, result.Response?.ResponseCode);
        ctx.Go(new MessageActivity(Screen.Of(RefusalLines(ctx, result)), () => new SignInActivity()));
    }

    private static string[] RefusalLines(TerminalContext ctx, ExchangeResult result) => result switch
    {
        { NotSent: true } => [ctx.Say(Phrase.SignInFailed), ctx.Say(Phrase.NetworkDown)],
        { Answered: true, Response: { } r } =>
            HostRequests.WithHostText([ctx.Say(Phrase.SignInFailed), $"{r.ResponseCode} {ResponseCodes.TextOf(r.ResponseCode, ctx.Language)}"], r),
        _ => [ctx.Say(Phrase.SignInFailed), ctx.Say(Phrase.Declined)],
    };
}
