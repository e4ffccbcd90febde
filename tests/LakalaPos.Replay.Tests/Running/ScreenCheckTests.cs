using FluentAssertions;
using LakalaPos.Replay.Tests.Fakes;

namespace LakalaPos.Replay.Tests.Running;

public class ScreenCheckTests
{
    private readonly FakeReplayTarget target = new();

    [Fact]
    public void Expect_screen_passes_when_the_text_is_on_the_display_even_wrapped_over_rows()
    {
        target.ShowScreen("商户名称 测试商户", "请刷卡/插卡/", "挥卡");

        Script.Run(target, "expect screen \"请刷卡/插卡/挥卡\"").Passed.Should().BeTrue();
    }

    [Fact]
    public void Expect_screen_fails_showing_the_display_text()
    {
        target.ShowScreen("交易失败", "51  余额不足");

        Script.Run(target, "expect screen \"交易成功\"").Summary
            .Should().Be("FAIL test.replay:1: expected screen \"交易成功\", was \"交易失败51 余额不足\"");
    }

    [Fact]
    public void Expect_no_screen_passes_when_the_text_is_absent()
    {
        target.ShowScreen("请输入密码");

        Script.Run(target, "expect no-screen 密码错误").Passed.Should().BeTrue();
    }

    [Fact]
    public void Expect_no_screen_fails_when_the_text_is_there()
    {
        target.ShowScreen("密码错误");

        Script.Run(target, "expect no-screen \"密码错误\"").Summary
            .Should().Be("FAIL test.replay:1: expected no \"密码错误\" on screen, was \"密码错误\"");
    }

    [Fact]
    public void The_screen_is_read_when_the_check_runs_not_before()
    {
        target.ShowScreen("请刷卡/插卡/挥卡");
        target.On("swipe debit", t => t.ShowScreen("请输入金额"));

        Script.Run(target, "expect screen 请刷卡", "swipe debit", "expect screen 请输入金额").Passed.Should().BeTrue();
    }
}
