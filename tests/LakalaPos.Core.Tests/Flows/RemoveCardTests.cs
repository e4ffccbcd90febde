using FluentAssertions;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// "请拔卡": a transaction on an inserted card that ends — approved, declined, cancelled, timed
/// out — with the card still in keeps its result on screen with "请拔卡" until the card is taken
/// out, whatever the keys or the time; then idle. Swiped and tapped cards are never asked for.
/// </summary>
public sealed class RemoveCardTests
{
    private readonly TestTerminal _t = new();

    [Fact]
    public void An_approved_chip_sale_keeps_its_result_with_please_remove_the_card_until_it_is_taken_out()
    {
        _t.SaleSent(Cards.Inserted());

        _t.Link.Answer(_t.Link.LastSent, "00");
        _t.Run();

        // The test terminal has no printer: the result says so.
        _t.ScreenLines.Should().Equal("交易成功", "打印机未连接", "请拔卡");
        _t.Advance(TimeSpan.FromMinutes(5));
        _t.Press(Key.Enter, Key.Cancel, Key.D1, Key.Menu);
        _t.Engine.ActivityName.Should().Be("RemoveCard", "neither keys nor time end it");
        _t.ScreenLines.Should().Equal("交易成功", "打印机未连接", "请拔卡");

        _t.RemoveCard();

        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void A_declined_chip_sale_shows_the_decline_with_please_remove_the_card()
    {
        _t.SaleSent(Cards.Inserted());

        _t.Link.Answer(_t.Link.LastSent, "51");
        _t.Run();

        _t.ScreenLines.Should().Equal("交易失败", "51 余额不足", "请拔卡");
    }

    [Fact]
    public void Cancel_at_the_PIN_prompt_with_the_chip_card_in_says_cancelled_and_asks_for_the_card()
    {
        _t.SaleUpToPin(Cards.Inserted());

        _t.Press(Key.Cancel);

        _t.ScreenLines.Should().Equal("交易取消", "请拔卡");
        _t.Link.Sent.Should().BeEmpty();
        _t.RemoveCard();
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void A_prompt_time_out_with_the_chip_card_in_asks_for_the_card()
    {
        _t.SaleUpToPin(Cards.Inserted());

        _t.Advance(TimeSpan.FromSeconds(60));

        _t.ScreenLines.Should().Equal("操作超时", "请拔卡");
    }

    [Fact]
    public void No_answer_to_a_chip_sale_shows_the_time_out_with_please_remove_the_card_once_the_reversal_is_done()
    {
        _t.SaleSent(Cards.Inserted());

        _t.Advance(TestTerminal.HostTimeout);
        _t.Link.Answer(_t.Link.LastSent, "00");
        _t.Run();

        _t.ScreenLines.Should().Equal("交易超时", "请拔卡");
    }

    [Fact]
    public void A_chip_card_taken_out_while_the_result_shows_is_not_asked_for()
    {
        _t.SaleSent(Cards.Inserted());
        _t.Link.Answer(_t.Link.LastSent, "51");
        _t.Run();

        _t.RemoveCard();

        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Theory]
    [InlineData(EntryMode.Swipe)]
    [InlineData(EntryMode.Tap)]
    public void A_swiped_or_tapped_card_is_never_asked_for(EntryMode mode)
    {
        _t.SaleSent(mode == EntryMode.Swipe ? Cards.Swiped() : Cards.Tapped());

        _t.Link.Answer(_t.Link.LastSent, "00");
        _t.Run();

        _t.ScreenLines.Should().Equal("交易成功", "打印机未连接");
        _t.Advance(TimeSpan.FromSeconds(3));
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void A_balance_on_a_chip_card_stays_above_please_remove_the_card_after_its_key()
    {
        _t.Ctx.Session.OperatorNo = "01";
        _t.Start(new BalanceInquiryActivity());
        _t.Present(Cards.Inserted());
        _t.Type("123456");
        _t.Press(Key.Enter);
        _t.Link.Answer(_t.Link.LastSent, "00");
        _t.Run();

        _t.Press(Key.Enter);

        _t.ScreenLines.Should().Equal("余额查询", "622202*********3446", "余额未返回", "请拔卡");
    }
}
