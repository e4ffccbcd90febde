using FluentAssertions;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// A card presented that could not be read (a bad swipe): where a card is asked for, the terminal
/// says "读卡失败,请重新刷卡" and keeps waiting for it, the prompt time-out starting again; anywhere
/// else it is logged and ignored. The reader's reason is logged.
/// </summary>
public sealed class BadCardReadTests
{
    private const string Reason = "bad swipe: no readable track";
    private readonly TestTerminal _t = new();

    [Fact]
    public void At_idle_a_bad_read_asks_again_and_the_next_card_starts_a_sale()
    {
        _t.AtIdle();

        _t.FailCardRead(Reason);

        _t.ScreenLines.Should().Contain("请刷卡/插卡/挥卡").And.EndWith("读卡失败,请重新刷卡");
        _t.Log.Should().Contain(line => line.Contains(Reason));
        _t.Present(Cards.Swiped());
        _t.Engine.ActivityName.Should().Be("Sale/Amount");
    }

    public static TheoryData<string, Func<Activity>> FlowsAskingForTheCard => new()
    {
        { "Sale/Card", () => SaleActivity.FromMenu() },
        { "Refund/Card", () => new RefundActivity() },
        { "Balance/Card", () => new BalanceInquiryActivity() },
    };

    [Theory]
    [MemberData(nameof(FlowsAskingForTheCard))]
    public void At_a_card_prompt_a_bad_read_asks_again_and_the_prompt_waits_its_full_time_again(string cardStep, Func<Activity> flow)
    {
        _t.Ctx.Session.OperatorNo = "01";
        _t.Start(flow());
        if (cardStep == "Sale/Card")
        {
            _t.Type(SaleSteps.Amount);
            _t.Press(Key.Enter);
        }
        _t.Advance(TimeSpan.FromSeconds(30));

        _t.FailCardRead(Reason);

        _t.Engine.ActivityName.Should().Be(cardStep);
        _t.ScreenLines.Should().Contain("请刷卡/插卡/挥卡").And.EndWith("读卡失败,请重新刷卡");
        _t.Advance(TimeSpan.FromSeconds(59));
        _t.Engine.ActivityName.Should().Be(cardStep, "the prompt time-out started again with the bad read");
        _t.Advance(TimeSpan.FromSeconds(1));
        _t.ScreenLines.Should().Equal("操作超时");
    }

    [Fact]
    public void The_card_read_next_is_taken_and_the_notice_goes()
    {
        _t.Ctx.Session.OperatorNo = "01";
        _t.Start(new BalanceInquiryActivity());
        _t.FailCardRead(Reason);

        _t.Present(Cards.Swiped());

        _t.Engine.ActivityName.Should().Be("Balance/Pin");
        _t.ScreenLines.Should().NotContain("读卡失败,请重新刷卡");
    }

    [Fact]
    public void At_the_PIN_prompt_a_bad_read_is_logged_and_ignored()
    {
        _t.SaleUpToPin(Cards.Swiped());
        var screens = _t.Display.Shown.Count;

        _t.FailCardRead(Reason);

        _t.Engine.ActivityName.Should().Be("Sale/Pin");
        _t.Display.Shown.Should().HaveCount(screens, "nothing is redrawn");
        _t.Log.Should().Contain(line => line.Contains(Reason)).And.Contain(line => line.Contains("Failed card read ignored in \"Sale/Pin\""));
    }

    [Fact]
    public void While_the_host_is_asked_a_bad_read_is_ignored()
    {
        _t.SaleSent(Cards.Swiped());

        _t.FailCardRead(Reason);

        _t.Engine.ActivityName.Should().Be("Sale/Online");
        _t.ScreenLines.Should().NotContain("读卡失败,请重新刷卡");
    }
}
