using FluentAssertions;
using LakalaPos.Terminal.FullScreen;
using Xunit;

namespace LakalaPos.Terminal.Tests.FullScreen;

/// <summary>80 mm paper (48 columns) in a receipt panel of 40: nothing lost, labels and values kept on their row.</summary>
public sealed class PaperFitTests
{
    [Fact]
    public void Rows_that_fit_are_drawn_as_printed()
    {
        PaperFit.Fit(["金额 AMOUNT", "RMB 10.00"], 40).Should().Equal("金额 AMOUNT", "RMB 10.00");
    }

    [Fact]
    public void A_rule_is_drawn_as_wide_as_the_panel()
    {
        PaperFit.Fit([new string('-', 48), new string('~', 48)], 40).Should().Equal(new string('-', 40), new string('~', 40));
    }

    [Fact]
    public void The_gap_between_a_label_and_its_value_narrows()
    {
        var row = "日期时间 DATE/TIME" + new string(' ', 20) + "2026/11/30";

        PaperFit.Fit([row], 30).Should().Equal("日期时间 DATE/TIME  2026/11/30");
    }

    [Fact]
    public void A_row_that_cannot_narrow_enough_wraps_and_loses_nothing()
    {
        PaperFit.Fit(["本人确认以上交易,同意将其计入本卡账户"], 20).Should().Equal("本人确认以上交易,同", "意将其计入本卡账户");
    }
}
