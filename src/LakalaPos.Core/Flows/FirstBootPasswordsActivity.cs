using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
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
public sealed class FirstBootPasswordsActivity : StepFlow<FirstBootPasswordsActivity, FirstBootPasswordsActivity.Step>
{
    public enum Step { Supervisor, SupervisorAgain, Admin, AdminAgain }

    public static readonly FlowTable<FirstBootPasswordsActivity, Step> Flow =
        new FlowTable<FirstBootPasswordsActivity, Step>("FirstBootPasswords",
                "First boot on a profile that is not a test profile: the supervisor and the admin set their own passwords, each typed twice.", Step.Supervisor)
            .Step(Step.Supervisor, (f, ctx) => f.Prompt(ctx, Phrase.SetSupervisorPassword), s => s
                .Field(f => f._entry)
                .On(Key.Enter).When("the default 123456", (f, ctx) => f.Full && OperatorRules.IsRefusedDefault(OperatorRole.Supervisor, f._entry.Value, ctx.Options.IsTestProfile)).To(Step.Supervisor, (f, _, _) => f.Notice(Phrase.DefaultPasswordRefused))
                .On(Key.Enter).When("6 digits", (f, _) => f.Full).To(Step.SupervisorAgain, (f, _, _) => f.KeepFirst()))
            .Step(Step.SupervisorAgain, (f, ctx) => f.Prompt(ctx, Phrase.RepeatSupervisorPassword), s => s
                .Field(f => f._entry)
                .On(Key.Enter).When("differs", (f, _) => f.Full && f._entry.Value != f._first).To(Step.Supervisor, (f, _, _) => f.Notice(Phrase.PasswordsDiffer))
                .On(Key.Enter).When("the same", (f, _) => f.Full).To(Step.Admin, (f, ctx, _) => Save(ctx, OperatorRules.SupervisorNo, OperatorRole.Supervisor, f._entry.Value)))
            .Step(Step.Admin, (f, ctx) => f.Prompt(ctx, Phrase.SetAdminPassword), s => s
                .Field(f => f._entry)
                .On(Key.Enter).When("the default 12345678", (f, ctx) => f.Full && OperatorRules.IsRefusedDefault(OperatorRole.Admin, f._entry.Value, ctx.Options.IsTestProfile)).To(Step.Admin, (f, _, _) => f.Notice(Phrase.DefaultPasswordRefused))
                .On(Key.Enter).When("8 digits", (f, _) => f.Full).To(Step.AdminAgain, (f, _, _) => f.KeepFirst()))
            .Step(Step.AdminAgain, (f, ctx) => f.Prompt(ctx, Phrase.RepeatAdminPassword), s => s
                .Field(f => f._entry)
                .On(Key.Enter).When("differs", (f, _) => f.Full && f._entry.Value != f._first).To(Step.Admin, (f, _, _) => f.Notice(Phrase.PasswordsDiffer))
                .On(Key.Enter).When("the same", (f, _) => f.Full).Exit("passwords set, then sign-in", (f, ctx, _) => f.Done(ctx)));

    // Terminal state kept beside the parameters, like the supervisor lock.
    public const string DoneKey = "state.ownPasswordsSet";

    private DigitEntry _entry = new(6, masked: true);
    private string _first = "";

    protected override FlowTable<FirstBootPasswordsActivity, Step> Table => Flow;

    /// <summary>True when this terminal still has to have its supervisor and admin passwords set.</summary>
    public static bool Needed(TerminalContext ctx) =>
        !ctx.Options.IsTestProfile && !ctx.Journal.LoadParameters().ContainsKey(DoneKey);

    protected override Activity AfterCancel(TerminalContext ctx) => new FirstBootPasswordsActivity();

    protected override Activity AfterPromptTimeout(TerminalContext ctx) => new FirstBootPasswordsActivity();

    /// <summary>Every step starts with an empty field: 6 digits for the supervisor, 8 for the admin.</summary>
    public override void GoTo(TerminalContext ctx, Step step)
    {
        _entry = new DigitEntry(step is Step.Supervisor or Step.SupervisorAgain ? 6 : 8, masked: true);
        base.GoTo(ctx, step);
    }

    private bool Full => _entry.Length == _entry.MaxLength;

    private IEnumerable<string> Prompt(TerminalContext ctx, Phrase prompt) => [ctx.Say(Phrase.FirstBoot), ctx.Say(prompt), _entry.Shown];

    private void KeepFirst() => _first = _entry.Value;

    private static void Save(TerminalContext ctx, string number, OperatorRole role, string password) =>
        ctx.Journal.SaveOperator(new OperatorRecord(number, role, PasswordHasher.Hash(new SecretDigits(password))));

    private Activity Done(TerminalContext ctx)
    {
        Save(ctx, OperatorRules.AdminNo, OperatorRole.Admin, _entry.Value);
        ctx.Journal.SaveParameter(DoneKey, "true");
        ctx.Log.Information("First boot: supervisor and admin passwords set");
        return new MessageActivity(Screen.Of(ctx.Say(Phrase.PasswordsSet)), () => new SignInActivity());
    }
}
