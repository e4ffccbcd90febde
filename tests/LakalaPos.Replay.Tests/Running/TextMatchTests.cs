using FluentAssertions;
using LakalaPos.Replay.Running;

namespace LakalaPos.Replay.Tests.Running;

public class TextMatchTests
{
    [Fact]
    public void Whitespace_runs_count_as_one_space()
    {
        TextMatch.Normalize("RMB   -100.00\t\tok").Should().Be("RMB -100.00 ok");
    }

    [Fact]
    public void Line_breaks_are_removed_not_turned_into_spaces()
    {
        TextMatch.Normalize("请刷卡/插卡/\r\n挥卡").Should().Be("请刷卡/插卡/挥卡");
    }

    [Fact]
    public void Both_sides_are_normalised_before_matching()
    {
        TextMatch.Contains("金额:  RMB \n100.00", "RMB 100.00").Should().BeTrue();
        TextMatch.Contains("金额: RMB 100.00", "RMB     100.00").Should().BeTrue();
        TextMatch.Contains("请刷卡/插卡/挥卡", "请刷卡/\n插卡/挥卡").Should().BeTrue();
    }

    [Fact]
    public void A_line_break_alone_does_not_separate_words()
    {
        TextMatch.Contains("RMB\n100.00", "RMB 100.00").Should().BeFalse();
        TextMatch.Contains("RMB\n100.00", "RMB100.00").Should().BeTrue();
    }

    [Fact]
    public void Spaces_at_the_ends_of_the_expected_text_do_not_matter()
    {
        TextMatch.Contains("交易成功", "  交易成功 ").Should().BeTrue();
    }

    [Fact]
    public void Matching_is_exact_otherwise()
    {
        TextMatch.Contains("RMB 100.00", "RMB100.00").Should().BeFalse();
        TextMatch.Contains("approved", "APPROVED").Should().BeFalse();
    }

    [Fact]
    public void The_screen_is_its_rows_joined_without_line_breaks()
    {
        TextMatch.ScreenText(["请刷卡/插卡/", "挥卡", "  金额  100.00  "]).Should().Be("请刷卡/插卡/挥卡 金额 100.00 ");
    }
}
