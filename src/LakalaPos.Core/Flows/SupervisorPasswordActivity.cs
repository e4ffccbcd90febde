using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Input;
using LakalaPos.Core.Operators;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Security;

namespace LakalaPos.Core.Flows;

/// <summary>
/// The supervisor's password before a supervisor function (void, refund, operators): "请输入主管密码"
/// (6 digits, masked); wrong: "主管密码错误" and ask again; the third wrong in a row locks every
/// supervisor function for 5 minutes ("主管密码已锁定").
/// </summary>
public sealed class SupervisorPasswordActivity(string title, Func<Activity> then) : PromptActivity
{
    private readonly DigitEntry _password = new(6, masked: true);
    private string? _hint;

    public override string Name => $"SupervisorPassword({title})";

    /// <summary>Where a supervisor function starts: the password, or the lock message while locked.</summary>
    public static Activity Before(TerminalContext ctx, string title, Func<Activity> then) =>
        Lock(ctx).IsLocked ? Home.After(ctx, title, Prompts.SupervisorLocked) : new SupervisorPasswordActivity(title, then);

    public override void Enter(TerminalContext ctx)
    {
        RestartPromptTimer(ctx);
        Render(ctx);
    }

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        if (_password.Accept(key))
        {
            _hint = null;
            Render(ctx);
            return;
        }
        if (key != Key.Enter || _password.Length != 6)
            return;
        var supervisor = ctx.Journal.FindOperator(OperatorRules.SupervisorNo);
        var entered = new SecretDigits(_password.Value);
        _password.Reset();
        var gate = Lock(ctx);
        if (supervisor is not null && PasswordHasher.Verify(entered, supervisor.PasswordHash))
        {
            gate.RecordSuccess();
            ctx.Log.Information("Supervisor password accepted for {Function}", title);
            ctx.Go(then());
            return;
        }
        if (gate.RecordFailure())
        {
            ctx.Log.Warning("Supervisor password wrong three times: supervisor functions locked for {Minutes} minutes", SupervisorLock.LockTime.TotalMinutes);
            ctx.Go(Home.After(ctx, title, Prompts.SupervisorLocked));
            return;
        }
        ctx.Log.Information("Supervisor password wrong for {Function}", title);
        _hint = Prompts.SupervisorWrong;
        Render(ctx);
    }

    private static SupervisorLock Lock(TerminalContext ctx) => new(ctx.Journal, ctx.Clock);

    private void Render(TerminalContext ctx)
    {
        var lines = new List<string> { title, Prompts.EnterSupervisorPassword, _password.Shown };
        if (_hint is not null)
            lines.Add(_hint);
        ctx.Show(new Screen(lines));
    }
}
