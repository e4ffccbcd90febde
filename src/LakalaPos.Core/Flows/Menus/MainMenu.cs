using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Menus;

/// <summary>The main menu (spec section 2) as data: each item's key, name, who may use it and where it leads.</summary>
public static class MainMenu
{
    public static readonly Menu Menu = new("MainMenu", Phrase.MainMenuTitle,
    [
        new(Key.D1, Phrase.MenuSale, Access.Cashier, "Sale", _ => SaleActivity.FromMenu()),
        new(Key.D2, Phrase.MenuVoid, Access.Supervisor, "Void", _ => new VoidActivity()),
        new(Key.D3, Phrase.MenuRefund, Access.Supervisor, "Refund", Orders.RefundChoiceActivity.For, NeedsNetwork: true),
        new(Key.D4, Phrase.MenuBalance, Access.Cashier, "BalanceInquiry", _ => new BalanceInquiryActivity()),
        new(Key.D5, Phrase.MenuQuery, Access.Cashier, "Query", _ => new TransactionQueryActivity()),
        new(Key.D6, Phrase.MenuSettlement, Access.Cashier, "Settlement", SettlementActivity.Start),
        new(Key.D7, Phrase.MenuReprint, Access.Cashier, "Reprint", _ => new ReprintActivity()),
        new(Key.D8, Phrase.MenuOperators, Access.Supervisor, "OperatorsMenu", _ => Cashiers.OperatorsMenu.Open()),
        new(Key.D9, Phrase.MenuSystem, Access.Admin, "SystemMenu", _ => Setup.SystemMenu.Open()),
        new(Key.D0, Phrase.MenuSignOut, Access.Cashier, "SignOut", _ => new SignOutActivity()),
    ], "The main menu: a digit chooses at once, UP/DOWN page, CANCEL goes home.");

    public static MenuActivity Open() => new(Menu);
}
