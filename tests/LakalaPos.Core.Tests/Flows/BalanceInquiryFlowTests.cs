using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// 余额查询 (menu 4, spec section 7): card, PIN, online; the balance stays on screen until a key
/// or the prompt time-out, nothing prints, and it is journaled as BALANCE, never reversed.
/// </summary>
public sealed class BalanceInquiryFlowTests
{
    private const string Title = "余额查询";
    private readonly ScriptedPrinter _printer = new();
    private readonly TestTerminal _t;

    public BalanceInquiryFlowTests() => _t = new TestTerminal(_printer).SignedInAtIdle();

    private void InquirySent()
    {
        _t.FromMenu(Key.D4);
        _t.Present(Cards.Swiped());
        _t.Type("123456");
        _t.Press(Key.Enter);
    }

    [Fact]
    public void The_card_then_the_PIN_are_asked_for()
    {
        _t.FromMenu(Key.D4);
        _t.ScreenLines.Should().Equal(Title, "请刷卡/插卡/挥卡");

        _t.Present(Cards.Swiped());

        _t.ScreenLines.Should().Equal(Title, "622202*********3446", "请输入密码", "");
    }

    [Fact]
    public void The_inquiry_goes_online_with_the_card_and_PIN_and_no_amount()
    {
        InquirySent();

        var request = _t.Link.Sent.Should().ContainSingle().Subject;
        request.Kind.Should().Be(HostMessageKind.BalanceInquiry);
        (request.Card!.Pan, request.Pin is not null, request.AmountFen).Should().Be((Journal.LifecycleSamples.Pan, true, (long?)null));
    }

    [Fact]
    public void The_balance_stays_on_screen_until_a_key_and_nothing_prints()
    {
        InquirySent();

        _t.HostAnswers(FakeHostLink.Response("00") with { BalanceFen = 123_456 });

        _t.ScreenLines.Should().Equal(Title, "622202*********3446", "可用余额 1234.56", "按任意键返回");
        _t.Advance(TimeSpan.FromSeconds(30));
        _t.Engine.ActivityName.Should().Be("Balance/Result");
        _printer.Printed.Should().BeEmpty();

        _t.Press(Key.D5);

        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void The_balance_goes_after_the_prompt_time_out()
    {
        InquirySent();
        _t.HostAnswers(FakeHostLink.Response("00") with { BalanceFen = 100 });

        _t.Advance(TimeSpan.FromSeconds(60));

        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void The_inquiry_is_journaled_as_balance_and_never_armed_for_reversal()
    {
        InquirySent();

        _t.HostAnswers(FakeHostLink.Response("00") with { BalanceFen = 100 });

        var record = _t.Journal.Last()!;
        (record.Type, record.Status, record.ReversalState).Should().Be((TransactionType.Balance, TransactionStatus.Approved, ReversalState.None));
    }

    [Fact]
    public void A_declined_inquiry_shows_the_code_and_its_text()
    {
        InquirySent();

        _t.HostAnswers("55");

        _t.ScreenLines.Should().Equal("交易失败", "55 密码错误");
    }

    [Fact]
    public void An_unanswered_inquiry_is_not_reversed()
    {
        InquirySent();

        _t.Advance(TestTerminal.HostTimeout);

        _t.Link.Sent.Should().ContainSingle();
        _t.Journal.Last()!.Status.Should().Be(TransactionStatus.Unknown);
        _t.ScreenLines.Should().Equal("交易超时");
    }
}
