using FluentAssertions;
using LakalaPos.Core.Ecr;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// Orders from the cash register (spec section 12): the register's sale shows the order's total
/// and asks for the card; its refund of items asks the supervisor's password, the sale's card, the
/// method and a confirmation; every request is answered — from the journal when asked again, so
/// nothing is charged twice — and what can be refused without the cashier is refused at once.
/// </summary>
public sealed class EcrOrderFlowTests
{
    private static readonly OrderItem Cola = new("可乐", 2, 350);
    private static readonly OrderItem Bread = new("面包", 1, 1200);
    private static readonly OrderItem Milk = new("牛奶", 3, 500);
    private static readonly CardData OtherCard = new("6258070012345673", "2811", EntryMode.Swipe, track2: "6258070012345673=2811201");

    private readonly TestTerminal _t = new TestTerminal().SignedInAtIdle();

    private static EcrRequest Sale(string id = "R1", string order = "A1001") => new(id, EcrRequestKind.Sale, order, [Cola, Bread, Milk]);

    private static EcrRequest Refund(string id, params OrderItem[] items) => new(id, EcrRequestKind.Refund, "A1001", items);

    private EcrAnswer Answer => _t.Register.LastAnswer!;

    /// <summary>The register's sale of order A1001 (34.00) paid by a swiped card and approved.</summary>
    private TransactionRecord ApprovedOrderSale()
    {
        _t.RegisterAsks(Sale());
        _t.Present(Cards.Swiped());
        _t.Type("123456");
        _t.Press(Key.Enter);
        _t.HostAnswers("00");
        var sale = _t.Journal.Last()!;
        _t.Press(Key.Cancel);
        return sale;
    }

    private void RefundUpToConfirm(EcrRequest refund, Key method = Key.D1)
    {
        _t.RegisterAsks(refund);
        _t.SupervisorTypes();
        _t.Present(Cards.Swiped());
        _t.Press(method);
    }

    [Fact]
    public void A_register_sale_shows_the_orders_total_and_asks_for_the_card()
    {
        _t.RegisterAsks(Sale());

        _t.ScreenLines.Should().Contain(["订单 A1001", "金额 34.00", "请刷卡/插卡/挥卡"]);
        _t.Register.Answers.Should().BeEmpty("the register is answered when the sale is done");
        _t.Journal.FindEcrRequest("R1").Should().NotBeNull("a request taken on is on disk before its flow starts");
    }

    [Fact]
    public void An_approved_register_sale_is_journaled_with_its_order_and_answered_with_voucher_rrn_and_card()
    {
        var sale = ApprovedOrderSale();

        sale.Should().Match<TransactionRecord>(r => r.Status == TransactionStatus.Approved && r.AmountFen == 3400 && r.OrderNo == "A1001" && r.EcrRequestId == "R1");
        sale.Items.Should().Equal(Cola, Bread, Milk);
        _t.Link.Sent.Single().AmountFen.Should().Be(3400);
        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Approved && a.RequestId == "R1" && a.Voucher == sale.Voucher
            && a.Rrn == FakeHostLink.Rrn && a.AuthCode == "123456" && a.AmountFen == 3400 && a.ResponseCode == "00"
            && a.MaskedPan == sale.MaskedPan);
        Answer.MaskedPan.Should().Contain("*", "the register never gets the full card number");
    }

    [Fact]
    public void Asking_again_with_the_same_request_id_gets_the_same_answer_and_sends_nothing()
    {
        ApprovedOrderSale();
        var first = Answer;

        _t.RegisterAsks(Sale());

        _t.Register.Answers.Should().HaveCount(2);
        Answer.Should().BeEquivalentTo(first);
        _t.Link.Sent.Should().HaveCount(1, "never a second charge");
    }

    [Fact]
    public void A_request_id_already_used_for_another_request_is_refused_as_invalid()
    {
        ApprovedOrderSale();

        _t.RegisterAsks(Sale(id: "R1", order: "B77"));

        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Error && a.Reason == EcrReason.Invalid && a.OrderNo == "B77");
        _t.Link.Sent.Should().HaveCount(1);
    }

    [Fact]
    public void Demonstrates_bug_a_request_id_in_hand_reused_for_another_order_gets_no_answer()
    {
        _t.RegisterAsks(Sale());

        _t.RegisterAsks(Sale(id: "R1", order: "B77"));

        _t.Register.Answers.Should().ContainSingle("ecr.md: an id already used for another request (another order or another type) is refused INVALID")
            .Which.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Error && a.Reason == EcrReason.Invalid && a.OrderNo == "B77");
        _t.ScreenLines.Should().Contain("订单 A1001", "the sale in hand goes on");
    }

    [Fact]
    public void Demonstrates_bug_a_sale_ended_by_a_failed_sign_in_again_is_answered_cancelled_as_if_the_cashier_cancelled()
    {
        _t.Ctx.Session.SignInRequested = true;
        _t.RegisterAsks(Sale());
        _t.Present(Cards.Swiped());
        _t.Type("123456");
        _t.Press(Key.Enter);
        _t.Advance(TestTerminal.HostTimeout);

        _t.ScreenLines.Should().Equal("交易失败", "签到失败");
        _t.Link.Sent.Select(r => r.Kind).Should().Equal([HostMessageKind.SignIn], "the sale itself was never sent");
        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Error && a.Reason != EcrReason.Cancelled,
            "ecr.md: CANCELLED = the cashier cancelled, a prompt timed out, or the card did not match; here the terminal could not sign in (NOT_SENT would say it)");
    }

    [Fact]
    public void An_order_number_already_used_for_a_sale_is_refused_at_once_with_nothing_sent()
    {
        ApprovedOrderSale();

        _t.RegisterAsks(Sale(id: "R2"));

        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Error && a.Reason == EcrReason.OrderUsed && a.Message == "订单号已使用");
        _t.Link.Sent.Should().HaveCount(1);
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void A_declined_sale_leaves_the_order_free_to_be_charged_again_with_a_new_request_id()
    {
        _t.RegisterAsks(Sale());
        _t.Present(Cards.Swiped());
        _t.Type("123456");
        _t.Press(Key.Enter);
        _t.HostAnswers("51");
        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Declined && a.ResponseCode == "51" && a.Message == "余额不足");
        _t.Press(Key.Cancel);

        _t.RegisterAsks(Sale(id: "R2"));

        _t.ScreenLines.Should().Contain("请刷卡/插卡/挥卡");
    }

    [Fact]
    public void Cancel_at_the_card_prompt_answers_cancelled_and_the_same_id_keeps_that_answer()
    {
        _t.RegisterAsks(Sale());
        _t.Press(Key.Cancel);

        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Error && a.Reason == EcrReason.Cancelled);
        _t.RegisterAsks(Sale());
        _t.Register.Answers.Should().HaveCount(2);
        Answer.Reason.Should().Be(EcrReason.Cancelled, "a new attempt needs a new request id");
        _t.Link.Sent.Should().BeEmpty();
    }

    [Fact]
    public void A_request_while_the_cashier_is_in_a_menu_is_answered_busy_and_not_kept()
    {
        _t.Press(Key.Menu);

        _t.RegisterAsks(Sale());

        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Error && a.Reason == EcrReason.Busy);
        _t.Engine.ActivityName.Should().StartWith("MainMenu");
        _t.Journal.FindEcrRequest("R1").Should().BeNull("a refusal before it is taken on is not kept: asked again, it is looked at again");
    }

    [Fact]
    public void A_register_refund_of_an_item_asks_password_card_method_and_confirms_the_items_and_their_sum()
    {
        var sale = ApprovedOrderSale();

        RefundUpToConfirm(Refund("R2", new OrderItem("可乐", 1, 0)), Key.D2);

        _t.ScreenLines.Should().Contain(["订单 A1001", "可乐 x1 3.50", "退货金额 3.50", "退款方式 退至账户余额", "确认退货?"]);
        _t.Press(Key.Enter);
        var sent = _t.Link.LastSent;
        sent.Should().Match<HostRequest>(r => r.Kind == HostMessageKind.Refund && r.AmountFen == 350 && r.OriginalRrn == sale.Rrn && r.RefundMethod == RefundMethod.Balance);
        _t.HostAnswers("00");
        var refund = _t.Journal.Last()!;
        refund.Should().Match<TransactionRecord>(r => r.Type == TransactionType.Refund && r.Status == TransactionStatus.Approved && r.OrderNo == "A1001" && r.EcrRequestId == "R2");
        refund.Items.Should().Equal(new OrderItem("可乐", 1, 350));
        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Approved && a.Kind == EcrRequestKind.Refund && a.AmountFen == 350);
    }

    [Fact]
    public void A_quantity_already_refunded_cannot_be_refunded_again()
    {
        ApprovedOrderSale();
        RefundUpToConfirm(Refund("R2", new OrderItem("可乐", 2, 0)));
        _t.Press(Key.Enter);
        _t.HostAnswers("00");
        _t.Press(Key.Cancel);
        var sent = _t.Link.Sent.Count;

        _t.RegisterAsks(Refund("R3", new OrderItem("可乐", 1, 0)));

        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Error && a.Reason == EcrReason.AlreadyRefunded);
        _t.Link.Sent.Should().HaveCount(sent, "nothing is sent");
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void Demonstrates_bug_goods_refunded_by_reference_number_can_be_refunded_again_by_order()
    {
        var sale = ApprovedOrderSale();
        // 退货 → 1 原交易参考号: the whole sale given back by its reference number (the way
        // terminal.md gives for an order the keypad cannot type).
        _t.FromMenu(Key.D3);
        _t.SupervisorTypes();
        _t.Press(Key.D1);
        _t.Present(Cards.Swiped());
        _t.Type(sale.Rrn!);
        _t.Press(Key.Enter);
        _t.Type(System.TimeZoneInfo.ConvertTime(sale.LocalTime, _t.Ctx.Options.TimeZone).ToString("MMdd", System.Globalization.CultureInfo.InvariantCulture));
        _t.Press(Key.Enter);
        _t.Type("3400");
        _t.Press(Key.Enter);
        _t.Press(Key.D1, Key.Enter);
        _t.HostAnswers(FakeHostLink.Response("00") with { Rrn = "000000000002" });
        _t.Journal.Last()!.Should().Match<TransactionRecord>(r => r.Type == TransactionType.Refund && r.Status == TransactionStatus.Approved && r.AmountFen == 3400);
        _t.Press(Key.Cancel);
        var sent = _t.Link.Sent.Count;

        _t.RegisterAsks(Refund("R3", new OrderItem("面包", 1, 0)));

        // Before the fix the request was taken on (no answer yet, "请输入主管密码") and went on to send a 12.00 refund.
        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Error && a.Reason == EcrReason.AlreadyRefunded,
            "the sale's 34.00 was all given back already: nothing of it is left to refund");
        _t.Link.Sent.Should().HaveCount(sent, "nothing is sent");
    }

    [Fact]
    public void A_refund_of_goods_that_cost_nothing_is_refused_and_nothing_is_sent()
    {
        _t.RegisterAsks(new EcrRequest("R1", EcrRequestKind.Sale, "A1001", [Cola, new OrderItem("赠品", 1, 0)]));
        _t.Present(Cards.Swiped());
        _t.Type("123456");
        _t.Press(Key.Enter);
        _t.HostAnswers("00");
        _t.Press(Key.Cancel);

        _t.RegisterAsks(Refund("R2", new OrderItem("赠品", 1, 0)));

        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Error && a.Reason == EcrReason.Invalid);
        _t.Link.Sent.Should().HaveCount(1);
    }

    [Theory]
    [InlineData("A1001", "薯片", EcrReason.NoItem)]
    [InlineData("B2", "可乐", EcrReason.NoOrder)]
    public void A_refund_of_an_item_or_order_the_journal_does_not_hold_is_refused_at_once(string order, string item, EcrReason reason)
    {
        ApprovedOrderSale();

        _t.RegisterAsks(new EcrRequest("R2", EcrRequestKind.Refund, order, [new OrderItem(item, 1, 0)]));

        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Error && a.Reason == reason);
    }

    [Fact]
    public void A_register_refund_with_another_card_than_the_sales_is_refused_card_mismatch_and_answered_cancelled()
    {
        ApprovedOrderSale();
        _t.RegisterAsks(Refund("R2", new OrderItem("面包", 1, 0)));
        _t.SupervisorTypes();

        _t.Present(OtherCard);

        _t.ScreenLines.Should().Contain("卡号不符");
        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Error && a.Reason == EcrReason.Cancelled);
    }

    [Fact]
    public void A_query_answers_the_orders_sale_with_its_items_and_what_was_refunded_of_each()
    {
        var sale = ApprovedOrderSale();
        RefundUpToConfirm(Refund("R2", new OrderItem("牛奶", 2, 0)));
        _t.Press(Key.Enter);
        _t.HostAnswers("00");
        _t.Press(Key.Cancel);

        _t.RegisterAsks(new EcrRequest("Q1", EcrRequestKind.Query, "A1001", []));

        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Approved && a.Voucher == sale.Voucher && a.SaleStatus == TransactionStatus.Approved);
        Answer.Lines.Should().Equal(new OrderLine(Cola, 0), new OrderLine(Bread, 0), new OrderLine(Milk, 2));
    }

    [Fact]
    public void A_register_void_of_an_order_confirms_the_sale_and_voids_it()
    {
        var sale = ApprovedOrderSale();

        _t.RegisterAsks(new EcrRequest("V1", EcrRequestKind.Void, "A1001", []));
        _t.SupervisorTypes();
        _t.ScreenLines.Should().Contain("确认撤销?");
        _t.Press(Key.Enter, Key.D2);
        _t.Present(Cards.Swiped());
        _t.HostAnswers("00");

        _t.Journal.Find(sale.Id)!.Status.Should().Be(TransactionStatus.Voided);
        _t.Journal.Last()!.Should().Match<TransactionRecord>(r => r.Type == TransactionType.Void && r.OrderNo == "A1001" && r.EcrRequestId == "V1");
        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Approved && a.Kind == EcrRequestKind.Void);
    }

    [Fact]
    public void Demonstrates_bug_an_order_partly_refunded_can_still_be_voided_in_full()
    {
        ApprovedOrderSale();
        RefundUpToConfirm(Refund("R2", new OrderItem("面包", 1, 0)));
        _t.Press(Key.Enter);
        _t.HostAnswers(FakeHostLink.Response("00") with { Rrn = "000000000002" });
        _t.Press(Key.Cancel);
        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Approved && a.Kind == EcrRequestKind.Refund && a.AmountFen == 1200);
        var sent = _t.Link.Sent.Count;

        _t.RegisterAsks(new EcrRequest("V1", EcrRequestKind.Void, "A1001", []));

        // Before the fix: "请输入主管密码", and the void goes on to give back the sale's full 34.00 on top of the 12.00 refunded.
        Answer.Should().Match<EcrAnswer>(a => a.RequestId == "V1" && a.Result == EcrResult.Error && a.Reason == EcrReason.NotVoidable,
            "12.00 of the sale was refunded already: voiding it would give back 46.00 of a 34.00 sale");
        _t.Link.Sent.Should().HaveCount(sent);
    }

    [Fact]
    public void A_request_taken_on_before_a_power_cut_is_answered_from_its_record_when_asked_again()
    {
        var sale = ApprovedOrderSale() with { Id = 0, EcrRequestId = "P1", OrderNo = "P1", Voucher = 77 };
        _t.Journal.Write("approved before the power cut", sale);
        _t.Journal.SaveEcrRequest(new EcrRequestRecord("P1", EcrRequestKind.Sale, "P1", _t.Ctx.Now, null));

        _t.RegisterAsks(new EcrRequest("P1", EcrRequestKind.Sale, "P1", [Cola]));

        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Approved && a.Voucher == 77);
        _t.Journal.FindEcrRequest("P1")!.Answer.Should().NotBeNull("the answer is kept from now on");
    }

    [Fact]
    public void A_request_taken_on_before_a_power_cut_with_nothing_sent_is_answered_interrupted()
    {
        _t.Journal.SaveEcrRequest(new EcrRequestRecord("P2", EcrRequestKind.Sale, "P2", _t.Ctx.Now, null));

        _t.RegisterAsks(new EcrRequest("P2", EcrRequestKind.Sale, "P2", [Cola]));

        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Error && a.Reason == EcrReason.Interrupted);
        _t.Link.Sent.Should().BeEmpty();
    }

    /// <summary>The register's sale sent, and no answer from the host within its time-out: the reversal goes out.</summary>
    private void SaleUnanswered()
    {
        _t.RegisterAsks(Sale());
        _t.Present(Cards.Swiped());
        _t.Type("123456");
        _t.Press(Key.Enter);
        _t.Advance(TestTerminal.HostTimeout);
        _t.Link.LastSent.Kind.Should().Be(HostMessageKind.Reversal);
    }

    [Fact]
    public void A_sale_with_no_answer_is_answered_only_when_its_reversal_is_settled_declined_no_answer()
    {
        SaleUnanswered();
        _t.Register.Answers.Should().BeEmpty("nothing is known yet: the reversal may fail and the card be charged");

        _t.HostAnswers("00");

        _t.Journal.FindByEcrRequest("R1")!.Status.Should().Be(TransactionStatus.Reversed);
        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Declined && a.Reason == EcrReason.NoAnswer && a.ResponseCode == "98");
        _t.Journal.FindEcrRequest("R1")!.Answer.Should().BeEquivalentTo(Answer, "a final answer is kept");
    }

    [Fact]
    public void A_sale_whose_reversal_is_not_answered_either_is_answered_no_answer_for_now_and_declined_once_reversed()
    {
        SaleUnanswered();

        _t.Advance(TestTerminal.HostTimeout);

        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Error && a.Reason == EcrReason.NoAnswer && a.Message == "交易超时,正在冲正");
        _t.Journal.FindEcrRequest("R1")!.Answer.Should().BeNull("the outcome may still change: asked again, the register is told how it stands then");
        _t.Journal.Write("reversal acknowledged later", TransactionLifecycle.Of(_t.Journal.FindByEcrRequest("R1")!).Reversed());
        _t.Press(Key.Cancel);

        _t.RegisterAsks(Sale());

        Answer.Should().Match<EcrAnswer>(a => a.Result == EcrResult.Declined && a.Reason == EcrReason.NoAnswer);
        _t.Link.Sent.Count(r => r.Kind == HostMessageKind.Sale).Should().Be(1);
    }

    [Fact]
    public void On_the_keypad_a_refund_by_order_picks_items_with_up_down_digits_and_enter()
    {
        var sale = ApprovedOrderSale();
        _t.FromMenu(Key.D3);
        _t.SupervisorTypes();
        _t.ScreenLines.Should().Contain(["1 原交易参考号", "2 订单号"]);
        _t.Press(Key.D2);
        _t.ScreenLines.Should().Contain("请输入订单号");

        // The order was made by a register; typed on a keypad, an order number is digits.
        _t.Journal.Write("an order with a number the keypad can type", sale with { Id = 0, OrderNo = "20261", Voucher = 90, EcrRequestId = null });
        _t.Type("20261");
        _t.Press(Key.Enter);
        _t.ScreenLines.Should().Contain(["请选择退货商品", ">可乐 退0/2"]);
        _t.Press(Key.Down, Key.Down, Key.D4);
        _t.ScreenLines.Should().Contain("超过可退数量", "only 3 are left");
        _t.Press(Key.D2, Key.Enter);
        _t.ScreenLines.Should().Contain("退货金额 10.00");
        _t.Present(Cards.Swiped());
        _t.Press(Key.D1);
        _t.ScreenLines.Should().Contain(["牛奶 x2 10.00", "确认退货?"]);
        _t.Press(Key.Enter);
        _t.HostAnswers("00");

        _t.Journal.Last()!.Items.Should().Equal(new OrderItem("牛奶", 2, 500));
        _t.Register.Answers.Should().HaveCount(1, "a keypad refund answers no register");
    }
}

/// <summary>交易查询 shows an order's items: a sale's with what was refunded of each, a refund's with what it gave back.</summary>
public sealed class OrderQueryTests
{
    private readonly TestTerminal _t = new TestTerminal().SignedInAtIdle();

    [Fact]
    public void A_sale_of_an_order_shows_its_items_and_what_was_refunded_and_a_refund_the_items_it_gave_back()
    {
        _t.RegisterAsks(new EcrRequest("R1", EcrRequestKind.Sale, "A1001", [new OrderItem("可乐", 2, 350), new OrderItem("面包", 1, 1200)]));
        _t.Present(Cards.Swiped());
        _t.Type("123456");
        _t.Press(Key.Enter);
        _t.HostAnswers("00");
        _t.Press(Key.Cancel);
        _t.RegisterAsks(new EcrRequest("R2", EcrRequestKind.Refund, "A1001", [new OrderItem("可乐", 1, 0)]));
        _t.SupervisorTypes();
        _t.Present(Cards.Swiped());
        _t.Press(Key.D1, Key.Enter);
        _t.HostAnswers("00");
        _t.Press(Key.Cancel);

        _t.FromMenu(Key.D5);
        _t.Press(Key.D1);
        _t.ScreenLines.Should().ContainInOrder("退货 成功", "订单 A1001", "可乐 x1 3.50");
        _t.Press(Key.Down);
        _t.ScreenLines.Should().ContainInOrder("消费 成功", "订单 A1001", "可乐 x2 已退1", "面包 x1 已退0");
    }
}
