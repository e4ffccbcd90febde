using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Parameters;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Journal;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// 消费撤销 (menu 2, spec section 4): the supervisor's password ("请输入主管密码"; three wrong in a
/// row lock every supervisor function for 5 minutes, "主管密码已锁定"), the original voucher and its
/// checks, "确认撤销?", the reason, the original's card ("卡号不符" for another), then online for the
/// full amount. Approved: the VOID record is written and the sale becomes VOIDED together.
/// </summary>
public sealed class VoidFlowTests
{
    private const string Title = "消费撤销";
    private static readonly TimeSpan MessageTime = TimeSpan.FromSeconds(3);
    private readonly TestTerminal _t = new();
    private readonly TransactionRecord _sale;

    /// <summary>A sale of 100.00 approved today, voucher 000001; back at idle.</summary>
    public VoidFlowTests()
    {
        _t.SignedInAtIdle();
        _sale = _t.ApprovedSaleFromIdle();
    }

    private TransactionRecord Sale => _t.Journal.Find(_sale.Id)!;

    private void UpToVoucher()
    {
        _t.FromMenu(Key.D2);
        _t.SupervisorTypes();
    }

    private void VoucherEntered(string voucher = "1")
    {
        UpToVoucher();
        _t.Type(voucher);
        _t.Press(Key.Enter);
    }

    /// <summary>Up to the card prompt: the original confirmed, reason 1.</summary>
    private void UpToCard()
    {
        VoucherEntered();
        _t.Press(Key.Enter, Key.D1);
    }

    private void VoidSent()
    {
        UpToCard();
        _t.Present(Cards.Swiped());
    }

    private void ThreeWrongPasswords()
    {
        _t.FromMenu(Key.D2);
        for (var i = 0; i < 3; i++)
            _t.SupervisorTypes("111111");
    }

    [Fact]
    public void A_void_asks_for_the_supervisor_s_password_first()
    {
        _t.FromMenu(Key.D2);

        _t.ScreenLines.Should().Equal(Title, "请输入主管密码", "");
        _t.Type("12");
        _t.ScreenLines.Should().Equal(Title, "请输入主管密码", "**");
    }

    [Fact]
    public void A_wrong_supervisor_password_says_so_and_asks_again()
    {
        _t.FromMenu(Key.D2);

        _t.SupervisorTypes("111111");

        _t.ScreenLines.Should().Equal(Title, "请输入主管密码", "", "主管密码错误");
        _t.SupervisorTypes();
        _t.ScreenLines.Should().Equal(Title, "请输入原凭证号", "");
    }

    [Fact]
    public void The_third_wrong_supervisor_password_in_a_row_locks_the_void()
    {
        ThreeWrongPasswords();

        _t.ScreenLines.Should().Equal(Title, "主管密码已锁定");
        _t.Advance(MessageTime);
        _t.Engine.ActivityName.Should().Be("Idle");
        _t.Link.Sent.Should().ContainSingle("only the sale");
    }

    [Fact]
    public void While_locked_a_supervisor_function_does_not_even_ask_for_the_password()
    {
        ThreeWrongPasswords();
        _t.Advance(MessageTime);

        _t.FromMenu(Key.D2);

        _t.ScreenLines.Should().Equal(Title, "主管密码已锁定");
    }

    [Fact]
    public void The_lock_holds_for_every_supervisor_function_refund_too()
    {
        ThreeWrongPasswords();
        _t.Advance(MessageTime);

        _t.FromMenu(Key.D3);

        _t.ScreenLines.Should().Equal("退货", "主管密码已锁定");
    }

    [Fact]
    public void Five_minutes_after_the_lock_the_password_is_asked_again()
    {
        ThreeWrongPasswords();
        _t.Advance(MessageTime);

        _t.Advance(TimeSpan.FromMinutes(5));
        _t.FromMenu(Key.D2);

        _t.ScreenLines.Should().Equal(Title, "请输入主管密码", "");
    }

    [Fact]
    public void A_right_password_clears_the_count_of_wrong_ones()
    {
        _t.FromMenu(Key.D2);
        _t.SupervisorTypes("111111");
        _t.SupervisorTypes("111111");
        _t.SupervisorTypes();
        _t.Press(Key.Cancel);

        _t.FromMenu(Key.D2);
        _t.SupervisorTypes("111111");

        _t.ScreenLines.Should().EndWith("主管密码错误").And.NotContain("主管密码已锁定");
    }

    [Fact]
    public void A_voucher_not_in_the_journal_is_refused_as_not_found()
    {
        VoucherEntered("9");

        _t.ScreenLines.Should().Equal(Title, "原交易不存在");
        _t.Link.Sent.Should().ContainSingle("only the sale");
        _t.Advance(MessageTime);
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void The_original_is_shown_for_confirmation()
    {
        VoucherEntered();

        _t.ScreenLines.Should().Equal(Title, "卡号 622202*********3446", "金额 100.00", "时间 2026-03-14 09:30:00",
            "凭证号 000001", "授权码 123456", "确认撤销?");
    }

    [Fact]
    public void After_confirmation_the_reason_is_chosen_then_the_card_is_asked_for()
    {
        VoucherEntered();

        _t.Press(Key.Enter);
        _t.ScreenLines.Should().StartWith([Title, "请选择撤销原因"]).And.HaveCount(8);

        _t.Press(Key.D1);
        _t.ScreenLines.Should().Equal(Title, "金额 100.00", "请刷卡/插卡/挥卡");
    }

    [Fact]
    public void Another_card_than_the_original_s_is_refused_and_nothing_is_sent()
    {
        UpToCard();

        _t.Present(new CardData("6222020000000000001", "2912", EntryMode.Swipe, track2: "6222020000000000001=2912201"));

        _t.ScreenLines.Should().Equal(Title, "卡号不符");
        _t.Link.Sent.Should().ContainSingle("only the sale");
        Sale.Status.Should().Be(TransactionStatus.Approved);
    }

    [Fact]
    public void The_void_goes_online_for_the_full_original_amount_with_the_original_s_references()
    {
        VoidSent();

        var request = _t.Link.LastSent;
        request.Kind.Should().Be(HostMessageKind.Void);
        (request.AmountFen, request.OriginalTrace, request.OriginalRrn, request.OriginalAuthCode, request.OriginalBatch)
            .Should().Be((10_000L, 1, FakeHostLink.Rrn, "123456", 1));
        request.Card!.Pan.Should().Be(LifecycleSamples.Pan);
        request.Pin.Should().BeNull("voidPinRequired is off by default");
    }

    [Fact]
    public void An_approved_void_writes_the_void_and_marks_the_sale_voided()
    {
        VoidSent();

        _t.HostAnswers("00");

        var voidRecord = _t.Journal.Last()!;
        (voidRecord.Type, voidRecord.Status, voidRecord.OrigVoucher, voidRecord.Reason, voidRecord.AmountFen)
            .Should().Be((TransactionType.Void, TransactionStatus.Approved, 1, 1, 10_000L));
        Sale.Status.Should().Be(TransactionStatus.Voided);
        _t.ScreenLines.Should().Equal("交易成功", "打印机未连接");
    }

    [Fact]
    public void A_declined_void_leaves_the_sale_approved()
    {
        VoidSent();

        _t.HostAnswers("51");

        _t.ScreenLines.Should().Equal("交易失败", "51 余额不足");
        Sale.Status.Should().Be(TransactionStatus.Approved);
        _t.Journal.Last()!.Should().Match<TransactionRecord>(r => r.Type == TransactionType.Void && r.Status == TransactionStatus.Declined);
    }

    [Fact]
    public void A_sale_already_voided_is_refused()
    {
        VoidSent();
        _t.HostAnswers("00");
        _t.Advance(MessageTime);

        VoucherEntered();

        _t.ScreenLines.Should().Equal(Title, "原交易已撤销");
    }

    [Fact]
    public void A_declined_sale_cannot_be_voided()
    {
        _t.Present(Cards.Swiped());
        _t.Type("5000");
        _t.Press(Key.Enter);
        _t.Type("123456");
        _t.Press(Key.Enter);
        _t.HostAnswers("51");
        _t.Advance(MessageTime);

        VoucherEntered("2");

        _t.ScreenLines.Should().Equal(Title, "原交易不可撤销");
    }

    [Fact]
    public void A_sale_of_a_settled_batch_is_refused_with_use_refund_instead()
    {
        _t.Journal.CompleteSettlement(new SettlementRecord
        {
            Batch = 1, LocalTime = _t.Ctx.Now, OperatorNo = "01", SaleFen = 10_000, SaleCount = 1,
            VoidFen = 0, VoidCount = 0, RefundFen = 0, RefundCount = 0, Result = SettlementResult.Balanced, UploadDone = true,
        });

        VoucherEntered();

        _t.ScreenLines.Should().Equal(Title, "原交易已结算", "请使用退货");
    }

    [Fact]
    public void A_sale_of_an_earlier_day_is_past_the_void_time_limit()
    {
        _t.Advance(TimeSpan.FromDays(1));

        VoucherEntered();

        _t.ScreenLines.Should().Equal(Title, "超过撤销时限");
    }

    [Fact]
    public void With_voidPinRequired_the_cardholder_s_PIN_is_asked_after_the_card_and_sent()
    {
        _t.Ctx.Parameters.Set(ParameterCatalog.VoidPinRequired, "true");
        VoidSent();

        _t.ScreenLines.Should().Equal(Title, "金额 100.00", "请输入密码", "");
        _t.Link.Sent.Should().ContainSingle("the void waits for the PIN");

        _t.Type("123456");
        _t.Press(Key.Enter);

        _t.Link.LastSent.Kind.Should().Be(HostMessageKind.Void);
        _t.Link.LastSent.Pin.Should().NotBeNull();
    }

    [Fact]
    public void Without_voidCardRequired_the_void_goes_out_after_the_reason_with_the_journal_s_card_keyed_in()
    {
        _t.Ctx.Parameters.Set(ParameterCatalog.VoidCardRequired, "false");

        UpToCard();

        var request = _t.Link.LastSent;
        request.Kind.Should().Be(HostMessageKind.Void);
        (request.Card!.Pan, request.Card.EntryMode).Should().Be((LifecycleSamples.Pan, EntryMode.Manual));
    }
}
