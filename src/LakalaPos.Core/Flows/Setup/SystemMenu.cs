using LakalaPos.Core.Flows.Cashiers;
using LakalaPos.Core.Flows.Menus;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Parameters;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Setup;

/// <summary>
/// 系统管理 (menu 9, after the admin's password): every parameter of spec section 7, grouped as
/// terminals group them, one screen each showing the current value; and 修改管理员密码.
/// </summary>
public static class SystemMenu
{
    public static readonly ParameterField MerchantNo = new(ParameterCatalog.MerchantNo, Phrase.ParamMerchantNo, FieldKind.Digits, 15, Phrase.RuleMerchantNo);
    public static readonly ParameterField TerminalNo = new(ParameterCatalog.TerminalNo, Phrase.ParamTerminalNo, FieldKind.Digits, 8, Phrase.RuleTerminalNo);
    public static readonly ParameterField MerchantName = new(ParameterCatalog.MerchantName, Phrase.ParamMerchantName, FieldKind.ReadOnly, 0, Phrase.NotKeyable);
    public static readonly ParameterField HostAddress = new(ParameterCatalog.HostAddress, Phrase.ParamHostAddress, FieldKind.HostAddress, 12, Phrase.RuleIpAddress);
    public static readonly ParameterField Tpdu = new(ParameterCatalog.Tpdu, Phrase.ParamTpdu, FieldKind.Digits, 10, Phrase.RuleTpdu);
    public static readonly ParameterField BatchNo = new(ParameterCatalog.BatchNo, Phrase.ParamBatchNo, FieldKind.Digits, 6, Phrase.RuleCounter);
    public static readonly ParameterField TraceNo = new(ParameterCatalog.TraceNo, Phrase.ParamTraceNo, FieldKind.Digits, 6, Phrase.RuleCounter);
    public static readonly ParameterField VoidCardRequired = new(ParameterCatalog.VoidCardRequired, Phrase.ParamVoidCardRequired, FieldKind.YesNo, 1, Phrase.RuleYesNo);
    public static readonly ParameterField VoidPinRequired = new(ParameterCatalog.VoidPinRequired, Phrase.ParamVoidPinRequired, FieldKind.YesNo, 1, Phrase.RuleYesNo);
    public static readonly ParameterField VoidSameDayOnly = new(ParameterCatalog.VoidSameDayOnly, Phrase.ParamVoidSameDayOnly, FieldKind.YesNo, 1, Phrase.RuleYesNo);
    public static readonly ParameterField MaxRefund = new(ParameterCatalog.MaxRefundAmount, Phrase.ParamMaxRefund, FieldKind.Amount, 10, Phrase.InvalidAmount);
    public static readonly ParameterField QpsNoPinLimit = new(ParameterCatalog.QpsNoPinLimit, Phrase.ParamQpsNoPinLimit, FieldKind.Amount, 10, Phrase.InvalidAmount);
    public static readonly ParameterField ReversalRetries = new(ParameterCatalog.ReversalRetries, Phrase.ParamReversalRetries, FieldKind.Digits, 1, Phrase.RuleRetries);
    public static readonly ParameterField ReceiptCopies = new(ParameterCatalog.ReceiptCopies, Phrase.ParamReceiptCopies, FieldKind.Digits, 1, Phrase.RuleCopies);
    public static readonly ParameterField NegativeSign = new(ParameterCatalog.NegativeSign, Phrase.ParamNegativeSign, FieldKind.YesNo, 1, Phrase.RuleYesNo);
    public static readonly ParameterField Language = new(ParameterCatalog.Language, Phrase.ParamLanguage, FieldKind.Language, 1, Phrase.RuleLanguage);

    public static readonly Menu Merchant = Group("MerchantParameters", Phrase.SysMerchant, MerchantNo, TerminalNo, MerchantName);
    public static readonly Menu Communication = Group("CommunicationParameters", Phrase.SysComms, HostAddress, Tpdu);
    public static readonly Menu Transactions = Group("TransactionParameters", Phrase.SysTransactions,
        BatchNo, TraceNo, VoidCardRequired, VoidPinRequired, VoidSameDayOnly, MaxRefund, QpsNoPinLimit, ReversalRetries);
    public static readonly Menu Printing = Group("PrintParameters", Phrase.SysPrinting, ReceiptCopies, NegativeSign);

    public static readonly Menu Menu = new("SystemMenu", Phrase.MenuSystem,
    [
        new(Key.D1, Phrase.SysMerchant, Access.Admin, Merchant.Name, _ => new MenuActivity(Merchant)),
        new(Key.D2, Phrase.SysComms, Access.Admin, Communication.Name, _ => new MenuActivity(Communication)),
        new(Key.D3, Phrase.SysTransactions, Access.Admin, Transactions.Name, _ => new MenuActivity(Transactions)),
        new(Key.D4, Phrase.SysPrinting, Access.Admin, Printing.Name, _ => new MenuActivity(Printing)),
        new(Key.D5, Phrase.SysLanguage, Access.Admin, "ParameterEdit", _ => new ParameterEditActivity(Language, () => Open())),
        new(Key.D6, Phrase.SysChangeAdmin, Access.Admin, "OperatorEdit(AdminPassword)", _ => new OperatorEditActivity(OperatorEditActivity.Purpose.AdminPassword)),
    ], "System parameters (menu 9): the terminal's parameters in groups, each on its own screen; the admin's own password.", Access.Admin);

    /// <summary>Every menu of 系统管理, for the diagrams.</summary>
    public static IReadOnlyList<Menu> Menus => [Menu, Merchant, Communication, Transactions, Printing];

    /// <summary>Every parameter screen of 系统管理.</summary>
    public static IReadOnlyList<ParameterField> Fields =>
        [MerchantNo, TerminalNo, MerchantName, HostAddress, Tpdu, BatchNo, TraceNo, VoidCardRequired, VoidPinRequired, VoidSameDayOnly,
         MaxRefund, QpsNoPinLimit, ReversalRetries, ReceiptCopies, NegativeSign, Language];

    public static MenuActivity Open() => new(Menu);

    /// <summary>A group of parameters: item N is the Nth parameter's screen; a change goes back to the group.</summary>
    private static Menu Group(string name, Phrase title, params ParameterField[] fields)
    {
        Menu? group = null;
        group = new Menu(name, title,
            fields.Select((field, i) => new MenuItem((Key)((int)Key.D1 + i), field.Label, Access.Admin, "ParameterEdit",
                _ => new ParameterEditActivity(field, () => new MenuActivity(group!)))).ToList(),
            $"System parameters: {name}.", Access.Admin);
        return group;
    }
}
