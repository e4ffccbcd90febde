using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Menus;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Operators;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Cashiers;

/// <summary>柜员管理 (menu 8, after the supervisor's password): the cashiers and the supervisor's own password.</summary>
public static class OperatorsMenu
{
    public const int CashiersPerPage = 5;

    public static readonly Menu Menu = new("OperatorsMenu", Phrase.MenuOperators,
    [
        new(Key.D1, Phrase.OpAdd, Access.Supervisor, "OperatorEdit(Add)", _ => new OperatorEditActivity(OperatorEditActivity.Purpose.Add)),
        new(Key.D2, Phrase.OpDelete, Access.Supervisor, "OperatorEdit(Delete)", _ => new OperatorEditActivity(OperatorEditActivity.Purpose.Delete)),
        new(Key.D3, Phrase.OpChangePassword, Access.Supervisor, "OperatorEdit(Password)", _ => new OperatorEditActivity(OperatorEditActivity.Purpose.Password)),
        new(Key.D4, Phrase.OpList, Access.Supervisor, "CashierList", CashierList),
        new(Key.D5, Phrase.OpChangeSupervisor, Access.Supervisor, "OperatorEdit(OwnPassword)", _ => new OperatorEditActivity(OperatorEditActivity.Purpose.OwnPassword)),
    ], "Operators (menu 8): add, delete, re-password and list the cashiers; change the supervisor's own password.", Access.Supervisor);

    public static MenuActivity Open() => new(Menu);

    /// <summary>柜员列表: every cashier (01-98) in number order, the one signed in marked, five a page.</summary>
    private static Activity CashierList(TerminalContext ctx)
    {
        var lines = ctx.Journal.ListOperators()
            .Where(o => o.Role == Journal.OperatorRole.Cashier)
            .Select(o => o.Number == ctx.Session.OperatorNo ? ctx.Say(Phrase.SignedInNow, o.Number) : ctx.Say(Phrase.CashierNo, o.Number))
            .ToList();
        var pages = lines.Chunk(CashiersPerPage).Select(IReadOnlyList<string> (p) => p).ToList();
        return new ListActivity("CashierList", ctx.Say(Phrase.OpList), pages, Phrase.ListEmpty);
    }

    /// <summary>Whose password allows 柜员管理: the supervisor's.</summary>
    public const string AuthorisedBy = OperatorRules.SupervisorNo;
}
