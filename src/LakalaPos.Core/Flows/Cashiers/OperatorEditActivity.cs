using System.Globalization;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
using LakalaPos.Core.Flows.Menus;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Input;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Operators;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Security;

namespace LakalaPos.Core.Flows.Cashiers;

/// <summary>
/// 柜员管理's changes (spec section 7), after the supervisor's password: 增加柜员 (a free number
/// 01-98, a 4-digit password typed twice), 删除柜员 (not the one signed in; confirmed), 修改柜员密码,
/// and 修改主管密码 (old, then new twice, 6 digits) — and, from 系统管理, 修改管理员密码 (8 digits).
/// Every change is journaled with who and when; passwords are kept only as salted hashes.
/// Done: a message, then back to the menu the change was chosen from.
/// </summary>
public sealed class OperatorEditActivity : StepFlow<OperatorEditActivity, OperatorEditActivity.Step>
{
    public enum Purpose { Add, Delete, Password, OwnPassword, AdminPassword }

    public enum Step { Number, Old, New, Again, Confirm }

    public static readonly FlowTable<OperatorEditActivity, Step> Flow =
        new FlowTable<OperatorEditActivity, Step>("OperatorEdit",
                "Adds or deletes a cashier, or sets a new password (a cashier's, the supervisor's or the admin's), journaled with who and when.", Step.Number)
            .Step(Step.Number, (f, ctx) => [f.Title(ctx), ctx.Say(Phrase.EnterCashierNo), f._number.Shown], s => s
                .Field(f => f._number)
                .On(Key.Enter).When("not 2 digits", (f, _) => f._number.Length != 2).Stay((_, _, _) => { })
                .On(Key.Enter).When("not 01-98", (f, _) => !f.IsCashierNumber).Stay((f, _, _) => f.Refuse(Phrase.CashierNoRange))
                .On(Key.Enter).When("adding a number taken", (f, ctx) => f._purpose == Purpose.Add && f.Existing(ctx) is not null).Stay((f, _, _) => f.Refuse(Phrase.CashierExists))
                .On(Key.Enter).When("no such cashier", (f, ctx) => f._purpose != Purpose.Add && f.Existing(ctx) is null).Stay((f, _, _) => f.Refuse(Phrase.CashierNotFound))
                .On(Key.Enter).When("deleting the one signed in", (f, ctx) => f._purpose == Purpose.Delete && f._number.Value == ctx.Session.OperatorNo)
                    .Stay((f, _, _) => f.Refuse(Phrase.CannotDeleteSignedIn))
                .On(Key.Enter).When("deleting", (f, _) => f._purpose == Purpose.Delete).To(Step.Confirm)
                .On(Key.Enter).To(Step.New))
            .Step(Step.Old, (f, ctx) => [f.Title(ctx), ctx.Say(Phrase.EnterOldPassword), f._old.Shown], s => s
                .Field(f => f._old)
                .On(Key.Enter).When("all digits typed", (f, _) => f._old.Length == f._old.MaxLength)
                    .Then((f, ctx, _) => f.CheckOld(ctx), "New", "home: locked (third wrong)", "Old (wrong)"))
            .Step(Step.New, (f, ctx) => [.. f.Heading(ctx), ctx.Say(Phrase.EnterNewPassword), f._new.Shown], s => s
                .Field(f => f._new)
                .On(Key.Enter).When("the well-known default, on a real terminal",
                        (f, ctx) => f._new.Length == f._new.MaxLength && OperatorRules.IsRefusedDefault(f.Role, f._new.Value, ctx.Options.IsTestProfile))
                    .Stay((f, _, _) => f.RefuseDefault())
                .On(Key.Enter).When("full length", (f, _) => f._new.Length == f._new.MaxLength).To(Step.Again))
            .Step(Step.Again, (f, ctx) => [.. f.Heading(ctx), ctx.Say(Phrase.EnterNewPasswordAgain), f._again.Shown], s => s
                .Field(f => f._again)
                .On(Key.Enter).When("too short", (f, _) => f._again.Length != f._again.MaxLength).Stay((_, _, _) => { })
                .On(Key.Enter).When("differs", (f, _) => f._again.Value != f._new.Value).To(Step.New, (f, _, _) => f.StartOver())
                .On(Key.Enter).Exit("saved: back to the menu", (f, ctx, _) => f.Save(ctx)))
            .Step(Step.Confirm, (f, ctx) => [f.Title(ctx), ctx.Say(Phrase.CashierNo, f._number.Value), ctx.Say(Phrase.ConfirmDelete)], s => s
                .On(Key.Enter).Exit("deleted: back to the menu", (f, ctx, _) => f.Delete(ctx)));

    private readonly Purpose _purpose;
    private readonly DigitEntry _number = new(2, masked: false);
    private readonly DigitEntry _old;
    private readonly DigitEntry _new;
    private readonly DigitEntry _again;

    public OperatorEditActivity(Purpose purpose)
    {
        _purpose = purpose;
        var length = PasswordLength;
        _old = new DigitEntry(length, masked: true);
        _new = new DigitEntry(length, masked: true);
        _again = new DigitEntry(length, masked: true);
    }

    protected override FlowTable<OperatorEditActivity, Step> Table => Flow;

    public override string Name => $"OperatorEdit({_purpose})/{CurrentStep}";

    public override void Enter(TerminalContext ctx) => GoTo(ctx, _purpose is Purpose.OwnPassword or Purpose.AdminPassword ? Step.Old : Step.Number);

    /// <summary>The operator whose password is typed: a cashier (4 digits), the supervisor (6) or the admin (8).</summary>
    private OperatorRole Role => _purpose switch
    {
        Purpose.OwnPassword => OperatorRole.Supervisor,
        Purpose.AdminPassword => OperatorRole.Admin,
        _ => OperatorRole.Cashier,
    };

    private int PasswordLength => Role switch
    {
        OperatorRole.Supervisor => 6,
        OperatorRole.Admin => 8,
        _ => 4,
    };

    private string OperatorNo => Role switch
    {
        OperatorRole.Supervisor => OperatorRules.SupervisorNo,
        OperatorRole.Admin => OperatorRules.AdminNo,
        _ => _number.Value,
    };

    /// <summary>Whose password allowed the change: the admin's for 修改管理员密码, else the supervisor's.</summary>
    private string AuthorisedBy => _purpose == Purpose.AdminPassword ? OperatorRules.AdminNo : OperatorRules.SupervisorNo;

    private bool IsCashierNumber => int.TryParse(_number.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 98;

    private string Title(TerminalContext ctx) => ctx.Say(_purpose switch
    {
        Purpose.Add => Phrase.OpAdd,
        Purpose.Delete => Phrase.OpDelete,
        Purpose.Password => Phrase.OpChangePassword,
        Purpose.OwnPassword => Phrase.OpChangeSupervisor,
        _ => Phrase.SysChangeAdmin,
    });

    private IEnumerable<string> Heading(TerminalContext ctx) => Role == OperatorRole.Cashier
        ? [Title(ctx), ctx.Say(Phrase.CashierNo, _number.Value)]
        : [Title(ctx)];

    private OperatorRecord? Existing(TerminalContext ctx) => ctx.Journal.FindOperator(_number.Value);

    private void Refuse(Phrase why)
    {
        _number.Reset();
        Notice(why);
    }

    private void CheckOld(TerminalContext ctx)
    {
        var entered = new SecretDigits(_old.Value);
        _old.Reset();
        switch (PasswordCheck.Verify(ctx.Journal, ctx.Clock, Role, entered))
        {
            case PasswordVerdict.Right:
                GoTo(ctx, Step.New);
                break;
            case PasswordVerdict.LockedNow:
                ctx.Log.Warning("{Role} old password wrong three times: its functions are locked for {Minutes} minutes", Role, PasswordLock.LockTime.TotalMinutes);
                ctx.Go(Home.After(ctx, Title(ctx), ctx.Say(Role == OperatorRole.Admin ? Phrase.AdminLocked : Phrase.SupervisorLocked)));
                break;
            default:
                Notice(Phrase.OldPasswordWrong);
                Redraw(ctx);
                break;
        }
    }

    private void RefuseDefault()
    {
        _new.Reset();
        Notice(Phrase.DefaultPasswordRefused);
    }

    private void StartOver()
    {
        _new.Reset();
        _again.Reset();
        Notice(Phrase.PasswordsDiffer);
    }

    private Activity Save(TerminalContext ctx)
    {
        var hash = PasswordHasher.Hash(new SecretDigits(_new.Value));
        _new.Reset();
        _again.Reset();
        var adding = _purpose == Purpose.Add;
        var what = adding ? $"add cashier {OperatorNo}" : $"new password for operator {OperatorNo}";
        ctx.Journal.SaveOperator(new OperatorRecord(OperatorNo, Role, hash), SetupNote.By(ctx, AuthorisedBy, what));
        ctx.Log.Information("Operators: {Change} (authorised by {By}, cashier {SignedIn} signed in)", what, AuthorisedBy, ctx.Session.OperatorNo);
        return Done(ctx, adding ? Phrase.CashierAdded : Phrase.PasswordChanged);
    }

    private Activity Delete(TerminalContext ctx)
    {
        var what = $"delete cashier {OperatorNo}";
        ctx.Journal.DeleteOperator(OperatorNo, SetupNote.By(ctx, AuthorisedBy, what));
        ctx.Log.Information("Operators: {Change} (authorised by {By}, cashier {SignedIn} signed in)", what, AuthorisedBy, ctx.Session.OperatorNo);
        return Done(ctx, Phrase.CashierDeleted);
    }

    private Activity Done(TerminalContext ctx, Phrase result) =>
        new MessageActivity(Screen.Of(Title(ctx), ctx.Say(result)),
            () => _purpose == Purpose.AdminPassword ? Setup.SystemMenu.Open() : OperatorsMenu.Open());
}
