using LakalaPos.Core.Ecr;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Input;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Operators;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Security;

namespace LakalaPos.Core.Flows.Menus;

/// <summary>
/// The password a menu item needs before it opens (spec 4.1): the supervisor's (00, 6 digits,
/// "请输入主管密码") for void, refund and 柜员管理, or the admin's (99, 8 digits, "请输入管理员密码")
/// for 系统管理. Wrong: "主管密码错误" and ask again; the third wrong in a row locks that
/// password's functions for 5 minutes ("主管密码已锁定"); a correct one resets the count.
/// </summary>
public sealed class OperatorPasswordActivity : StepFlow<OperatorPasswordActivity, OperatorPasswordActivity.Step>
{
    public enum Step { Password }

    public static readonly FlowTable<OperatorPasswordActivity, Step> Flow =
        new FlowTable<OperatorPasswordActivity, Step>("OperatorPassword",
                "The supervisor's or the admin's password before a function that needs it, with a lock after three wrong.", Step.Password)
            .Step(Step.Password, (f, ctx) => [f._title, ctx.Say(f.Texts.Enter), f._password.Shown], s => s
                .Field(f => f._password)
                .On(Key.Enter).When("all digits typed", (f, _) => f._password.Length == f._password.MaxLength)
                    .Then((f, ctx, _) => f.Check(ctx), "the function", "home: locked (third wrong)", "Password (wrong)"));

    private readonly OperatorRole _role;
    private readonly string _title;
    private readonly Func<Activity> _then;
    private readonly DigitEntry _password;

    private readonly EcrRequest? _serves;

    private OperatorPasswordActivity(OperatorRole role, string title, Func<Activity> then, EcrRequest? serves)
    {
        _role = role;
        _title = title;
        _then = then;
        _serves = serves;
        _password = new DigitEntry(role == OperatorRole.Admin ? 8 : 6, masked: true);
    }

    protected override FlowTable<OperatorPasswordActivity, Step> Table => Flow;

    public override EcrRequest? Serves => _serves;

    public override string Name => $"{_role}Password({_title})";

    private (Phrase Enter, Phrase Wrong, Phrase Locked) Texts => _role == OperatorRole.Admin
        ? (Phrase.EnterAdminPassword, Phrase.AdminWrong, Phrase.AdminLocked)
        : (Phrase.EnterSupervisorPassword, Phrase.SupervisorWrong, Phrase.SupervisorLocked);

    /// <summary>Where a function behind a password starts: the password, or the lock message while locked.</summary>
    /// <param name="serves">The register request the function serves (a refund or void of an order), so that asking the password does not end it.</param>
    public static Activity Before(TerminalContext ctx, OperatorRole role, string title, Func<Activity> then, EcrRequest? serves = null)
    {
        var flow = new OperatorPasswordActivity(role, title, then, serves);
        return flow.Lock(ctx).IsLocked ? Home.After(ctx, title, ctx.Say(flow.Texts.Locked)) : flow;
    }

    private PasswordLock Lock(TerminalContext ctx) => PasswordLock.Of(_role, ctx.Journal, ctx.Clock);

    private void Check(TerminalContext ctx)
    {
        var entered = new SecretDigits(_password.Value);
        _password.Reset();
        switch (PasswordCheck.Verify(ctx.Journal, ctx.Clock, _role, entered))
        {
            case PasswordVerdict.Right:
                ctx.Log.Information("{Role} password accepted for {Function}", _role, _title);
                ctx.Go(_then());
                break;
            case PasswordVerdict.LockedNow:
                ctx.Log.Warning("{Role} password wrong three times: its functions are locked for {Minutes} minutes", _role, PasswordLock.LockTime.TotalMinutes);
                ctx.Go(Home.After(ctx, _title, ctx.Say(Texts.Locked)));
                break;
            default:
                Wrong(ctx);
                Redraw(ctx);
                break;
        }
    }

    private void Wrong(TerminalContext ctx)
    {
        ctx.Log.Information("{Role} password wrong for {Function}", _role, _title);
        Notice(Texts.Wrong);
    }
}
