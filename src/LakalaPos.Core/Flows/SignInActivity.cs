using LakalaPos.Core.Engine;
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
public sealed class SignInActivity : PromptActivity
{
    private enum Step { Operator, Password, Online }

    private Step _step;
    private readonly DigitEntry _operator = new(2, masked: false);
    private readonly DigitEntry _password = new(8, masked: true);

    public override string Name => $"SignIn/{_step}";

    protected override bool CanAbandon => _step != Step.Online;

    public override void Enter(TerminalContext ctx) => GoTo(ctx, Step.Operator);

    protected override Activity AfterCancel(TerminalContext ctx) => new SignInActivity();

    protected override Activity AfterPromptTimeout(TerminalContext ctx) =>
        new MessageActivity(Screen.Of(ctx.Say(Phrase.PromptTimeout)), () => new SignInActivity());

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        switch (_step)
        {
            case Step.Operator when _operator.Accept(key):
                Render(ctx);
                break;
            case Step.Operator when key == Key.Enter && _operator.Length == 2:
                GoTo(ctx, Step.Password);
                break;
            case Step.Password when _password.Accept(key):
                Render(ctx);
                break;
            case Step.Password when key == Key.Enter && _password.Length > 0:
                CheckPassword(ctx);
                break;
        }
    }

    private void CheckPassword(TerminalContext ctx)
    {
        var op = ctx.Journal.FindOperator(_operator.Value);
        if (!OperatorRules.CanSignIn(op, new SecretDigits(_password.Value)))
        {
            ctx.Log.Information("Sign-in refused for operator {Operator}: wrong number or password", _operator.Value);
            ctx.Go(new MessageActivity(Screen.Of(ctx.Say(Phrase.WrongPassword)), () => new SignInActivity()));
            return;
        }
        var request = HostRequests.New(ctx, HostMessageKind.SignIn, ctx.Journal.NextTrace()) with { OperatorNo = _operator.Value };
        GoTo(ctx, Step.Online);
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

    private void GoTo(TerminalContext ctx, Step step)
    {
        _step = step;
        ctx.LogStep("SignIn", step.ToString());
        if (step == Step.Online)
            StopPromptTimer(ctx);
        else
            RestartPromptTimer(ctx);
        Render(ctx);
    }

    private void Render(TerminalContext ctx) => ctx.Show(_step switch
    {
        Step.Operator => Screen.Of(ctx.Say(Phrase.SignInTitle), ctx.Say(Phrase.EnterOperator), _operator.Shown),
        Step.Password => Screen.Of(ctx.Say(Phrase.SignInTitle), ctx.Say(Phrase.OperatorLine, _operator.Value), ctx.Say(Phrase.EnterPassword), _password.Shown),
        _ => Screen.Of(ctx.Say(Phrase.SignInTitle), ctx.Say(Phrase.SigningIn), ctx.Say(Phrase.Processing)),
    });
}
