using LakalaPos.Core.Engine;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>What both refunds (by reference number, by order) show alike.</summary>
public static class RefundScreens
{
    /// <summary>"退货 / 请选择退款方式 / 1 原路退回 / 2 退至账户余额".</summary>
    public static IEnumerable<string> MethodChoice(TerminalContext ctx) =>
        [ctx.Say(Phrase.MenuRefund), ctx.Say(Phrase.ChooseRefundMethod), $"1 {ctx.Say(Phrase.RefundToOriginal)}", $"2 {ctx.Say(Phrase.RefundToBalance)}"];
}
