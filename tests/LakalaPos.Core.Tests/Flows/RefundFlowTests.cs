using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Journal;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// 退货 (menu 3, spec section 5): the network check, the supervisor's password, the card, 原参考号
/// (12 digits), 原交易日期 (MMDD, not in the future), 退货金额 (within maxRefundAmount and within
/// what is left of an original this terminal made), 退款方式, "确认退货?", then online (0220).
/// </summary>
public sealed class RefundFlowTests
{
    private const string Title = "退货";
    private const string Rrn = "123456789012";
    private readonly TestTerminal _t;

    public RefundFlowTests() : this(new TestTerminal())
    {
    }

    private RefundFlowTests(TestTerminal t) => _t = t.SignedInAtIdle();

    private void UpToCard()
    {
        _t.FromMenu(Key.D3);
        _t.SupervisorTypes();
    }

    private void UpToRrn()
    {
        UpToCard();
        _t.Present(Cards.Swiped());
    }

    private void UpToAmount(string rrn = Rrn, string date = "0310")
    {
        UpToRrn();
        _t.Type(rrn);
        _t.Press(Key.Enter);
        _t.Type(date);
        _t.Press(Key.Enter);
    }

    private void AmountEntered(string amount, string rrn = Rrn)
    {
        UpToAmount(rrn);
        _t.Type(amount);
        _t.Press(Key.Enter);
    }

    private void RefundSent(string amount = "5000", Key method = Key.D1)
    {
        AmountEntered(amount);
        _t.Press(method, Key.Enter);
    }

    [Fact]
    public void An_unreachable_host_ends_the_refund_before_the_supervisor_is_asked()
    {
        _t.Link.Reachable = false;

        _t.FromMenu(Key.D3);

        _t.ScreenLines.Should().Equal(Title, "网络未连接,请检查网络");
        _t.Link.Sent.Should().BeEmpty();
    }

    [Fact]
    public void After_the_supervisor_s_password_the_card_then_the_original_reference_number_are_asked_for()
    {
        UpToCard();
        _t.ScreenLines.Should().Equal(Title, "请刷卡/插卡/挥卡");

        _t.Present(Cards.Swiped());

        _t.ScreenLines.Should().Equal(Title, "622202*********3446", "请输入原参考号", "");
    }

    [Fact]
    public void A_reference_number_of_fewer_than_12_digits_is_refused_and_asked_again()
    {
        UpToRrn();

        _t.Type("12345");
        _t.Press(Key.Enter);

        _t.ScreenLines.Should().Equal(Title, "622202*********3446", "请输入原参考号", "", "参考号为12位数字");
        _t.Engine.ActivityName.Should().Be("Refund/Rrn");
    }

    [Fact]
    public void Twelve_digits_ask_for_the_original_date()
    {
        UpToRrn();

        _t.Type(Rrn);
        _t.Press(Key.Enter);

        _t.ScreenLines.Should().Equal(Title, $"原参考号 {Rrn}", "请输入原交易日期", "");
    }

    [Theory]
    [InlineData("1301")]
    [InlineData("0230")]
    [InlineData("0315")] // tomorrow: the test clock is on 2026-03-14
    public void A_date_that_is_not_a_past_calendar_date_is_refused(string mmdd)
    {
        UpToAmount(date: mmdd);

        _t.ScreenLines.Should().EndWith("日期无效");
        _t.Engine.ActivityName.Should().Be("Refund/Date");
    }

    [Fact]
    public void A_valid_date_asks_for_the_refund_amount()
    {
        UpToAmount(date: "0314");

        _t.ScreenLines.Should().Equal(Title, "请输入退货金额", "0.00");
    }

    [Fact]
    public void An_amount_over_maxRefundAmount_is_refused()
    {
        AmountEntered("10000001");

        _t.ScreenLines.Should().Equal(Title, "请输入退货金额", "0.00", "退货金额超限");
        _t.Engine.ActivityName.Should().Be("Refund/Amount");
    }

    [Fact]
    public void An_amount_of_exactly_maxRefundAmount_is_taken()
    {
        AmountEntered("10000000");

        _t.Engine.ActivityName.Should().Be("Refund/Method");
    }

    [Fact]
    public void A_zero_amount_is_refused()
    {
        AmountEntered("0");

        _t.ScreenLines.Should().EndWith("金额无效");
    }

    [Fact]
    public void An_amount_over_what_is_left_of_an_original_this_terminal_made_is_refused()
    {
        _t.ApprovedSaleFromIdle("10000");

        AmountEntered("10001", rrn: FakeHostLink.Rrn);

        _t.ScreenLines.Should().EndWith("退货金额超限");
        _t.Type("10000");
        _t.Press(Key.Enter);
        _t.Engine.ActivityName.Should().Be("Refund/Method", "the whole original may be refunded");
    }

    [Fact]
    public void Approved_refunds_of_the_original_count_against_what_is_left()
    {
        _t.ApprovedSaleFromIdle("10000");
        _t.Journal.Write("an earlier refund", LifecycleSamples.Of(LifecycleSamples.PendingRefund() with { Id = 0, AmountFen = 6_000, OrigRrn = FakeHostLink.Rrn })
            .Approved(LifecycleSamples.Approval));

        AmountEntered("4001", rrn: FakeHostLink.Rrn);

        _t.ScreenLines.Should().EndWith("退货金额超限");
    }

    [Fact]
    public void The_refund_method_is_chosen_then_everything_is_shown_for_confirmation()
    {
        AmountEntered("5000");
        _t.ScreenLines.Should().Equal(Title, "请选择退款方式", "1 原路退回", "2 退至账户余额");

        _t.Press(Key.D2);

        _t.ScreenLines.Should().Equal(Title, $"原参考号 {Rrn}", "原交易日期 03/10", "退货金额 50.00", "退款方式 退至账户余额", "确认退货?");
        _t.Link.Sent.Should().BeEmpty();
    }

    [Fact]
    public void Confirmed_the_refund_goes_online_with_the_original_s_reference_date_and_the_method()
    {
        RefundSent(method: Key.D2);

        var request = _t.Link.Sent.Should().ContainSingle().Subject;
        request.Kind.Should().Be(HostMessageKind.Refund);
        (request.AmountFen, request.OriginalRrn, request.OriginalDate, request.RefundMethod, request.Card!.Pan)
            .Should().Be((5_000L, Rrn, "0310", RefundMethod.Balance, LifecycleSamples.Pan));
        _t.Journal.Last()!.Status.Should().Be(TransactionStatus.Pending);
    }

    [Fact]
    public void An_approved_refund_is_journaled_with_its_original()
    {
        RefundSent();

        _t.HostAnswers("00");

        var refund = _t.Journal.Last()!;
        (refund.Type, refund.Status, refund.AmountFen, refund.OrigRrn, refund.OrigDate, refund.RefundMethod)
            .Should().Be((TransactionType.Refund, TransactionStatus.Approved, 5_000L, Rrn, "0310", RefundMethod.Original));
        refund.ReversalState.Should().Be(ReversalState.None, "refunds are never reversed");
        _t.ScreenLines.Should().Equal("交易成功", "打印机未连接");
    }

    [Fact]
    public void An_approved_refund_shows_the_merchant_s_balance_the_host_returned()
    {
        var t = new TestTerminal(new ScriptedPrinter());
        var flow = new RefundFlowTests(t);
        flow.RefundSent();

        t.HostAnswers(FakeHostLink.Response("00") with { BalanceFen = 88_000 });

        t.ScreenLines.Should().StartWith(["交易成功", "商户余额 880.00"]);
    }

    [Fact]
    public void A_refund_declined_51_says_the_merchant_s_balance_is_short()
    {
        RefundSent();

        _t.HostAnswers("51");

        _t.ScreenLines.Should().Equal("交易失败", "51 " + "商户余额不足");
        _t.Journal.Last()!.Status.Should().Be(TransactionStatus.Declined);
    }
}
