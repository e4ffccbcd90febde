using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
using LakalaPos.Core.Flows.Menus;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Orders;

/// <summary>
/// 退货 where the shop uses a register (the journal holds orders), right after the supervisor's
/// password: "1 原交易参考号 2 订单号". Without orders 退货 goes straight to the reference number flow.
/// </summary>
public sealed class RefundChoiceActivity : StepFlow<RefundChoiceActivity, RefundChoiceActivity.Step>
{
    public enum Step { Choose }

    public static readonly FlowTable<RefundChoiceActivity, Step> Flow =
        new FlowTable<RefundChoiceActivity, Step>("RefundChoice",
                "Refund (menu 3) where the journal holds orders: by the original's reference number, or by order number.", Step.Choose)
            .Step(Step.Choose, (_, ctx) => ChoiceScreen.Lines(ctx, Phrase.MenuRefund, Phrase.RefundByRrn, Phrase.RefundByOrder), s => s
                .On(Key.D1).Exit("refund by reference number", (_, _, _) => new RefundActivity())
                .On(Key.D2).Exit("refund by order", (_, _, _) => OrderRefundActivity.FromKeypad()));

    protected override FlowTable<RefundChoiceActivity, Step> Table => Flow;

    /// <summary>What 退货 opens after the password: this choice where the journal holds orders, else the refund by reference number.</summary>
    public static Activity For(TerminalContext ctx) => ctx.Journal.HoldsOrders() ? new RefundChoiceActivity() : new RefundActivity();
}
