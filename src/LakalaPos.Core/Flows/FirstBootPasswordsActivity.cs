using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Input;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Operators;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Security;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Spec section 10: on a profile that is not a test profile, the supervisor (6 digits) and the
/// admin (8 digits) set their own passwords on first boot, each typed twice; the well-known
/// defaults are refused. Nothing else can be done until both are set; CANCEL or a time-out starts
/// the step pair over.
/// </summary>
public sealed class FirstBootPasswordsActivity : PromptActivity
{
    private enum Step { Supervisor, SupervisorAgain, Admin, AdminAgain }

    // Terminal state kept beside the parameters, like the supervisor lock.
    public const string DoneKey = "state.ownPasswordsSet";

    private Step _step;
    private DigitEntry _entry = new(6, masked: true);
    private string _first = "";
    private string? _hint;

    public override string Name => $"FirstBootPasswords/{_step}";

    /// <summary>True when this terminal still has to have its supervisor and admin passwords set.</summary>
    public static bool Needed(TerminalContext ctx) =>
        !ctx.Options.IsTestProfile && !ctx.Journal.LoadParameters().ContainsKey(DoneKey);

    public override void Enter(TerminalContext ctx) => GoTo(ctx, Step.Supervisor);

    protected override Activity AfterCancel(TerminalContext ctx) => new FirstBootPasswordsActivity();

    protected override Activity AfterPromptTimeout(TerminalContext ctx) => new FirstBootPasswordsActivity();

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        if (_entry.Accept(key))
        {
            _hint = null;
            Render(ctx);
            return;
        }
        if (key != Key.Enter || _entry.Length != _entry.MaxLength)
            return;
        var typed = _entry.Value;
        switch (_step)
        {
            case Step.Supervisor or Step.Admin when typed == DefaultFor(_step):
                Retry(ctx, _step, ctx.Say(Phrase.DefaultPasswordRefused));
                break;
            case Step.Supervisor or Step.Admin:
                _first = typed;
                GoTo(ctx, _step + 1);
                break;
            case Step.SupervisorAgain or Step.AdminAgain when typed != _first:
                Retry(ctx, _step - 1, ctx.Say(Phrase.PasswordsDiffer));
                break;
            case Step.SupervisorAgain:
                Save(ctx, OperatorRules.SupervisorNo, OperatorRole.Supervisor, typed);
                GoTo(ctx, Step.Admin);
                break;
            case Step.AdminAgain:
                Save(ctx, OperatorRules.AdminNo, OperatorRole.Admin, typed);
                ctx.Journal.SaveParameter(DoneKey, "true");
                ctx.Log.Information("First boot: supervisor and admin passwords set");
                ctx.Go(new MessageActivity(Screen.Of(ctx.Say(Phrase.PasswordsSet)), () => new SignInActivity()));
                break;
        }
    }

    private static string DefaultFor(Step step) => step == Step.Supervisor ? "123456" : "12345678";

    private static void Save(TerminalContext ctx, string number, OperatorRole role, string password) =>
        ctx.Journal.SaveOperator(new OperatorRecord(number, role, PasswordHasher.Hash(new SecretDigits(password))));

    private void Retry(TerminalContext ctx, Step step, string why)
    {
        GoTo(ctx, step);
        _hint = why;
        Render(ctx);
    }

    private void GoTo(TerminalContext ctx, Step step)
    {
        _step = step;
        _entry = new DigitEntry(step is Step.Supervisor or Step.SupervisorAgain ? 6 : 8, masked: true);
        _hint = null;
        ctx.LogStep("FirstBootPasswords", step.ToString());
        RestartPromptTimer(ctx);
        Render(ctx);
    }

    private void Render(TerminalContext ctx)
    {
        var prompt = _step switch
        {
            Step.Supervisor => Phrase.SetSupervisorPassword,
            Step.SupervisorAgain => Phrase.RepeatSupervisorPassword,
            Step.Admin => Phrase.SetAdminPassword,
            _ => Phrase.RepeatAdminPassword,
        };
        var lines = new List<string> { ctx.Say(Phrase.FirstBoot), ctx.Say(prompt), _entry.Shown };
        if (_hint is not null)
            lines.Add(_hint);
        ctx.Show(new Screen(lines));
    }
}
