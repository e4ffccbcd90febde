using FluentAssertions;
using LakalaPos.Emulator.Web.Board;
using Xunit;

namespace LakalaPos.Emulator.Web.Tests.Board;

/// <summary>A row is cut where the width changes, so that the page gives each wide character two columns.</summary>
public sealed class TextRunsTests
{
    [Fact]
    public void Narrow_and_wide_characters_come_in_separate_runs()
    {
        TextRuns.Of("金额 RMB 12.34 交易成功").Should().Equal(
            new TextRun("金额", true), new TextRun(" RMB 12.34 ", false), new TextRun("交易成功", true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("622202*********3446 S")]
    [InlineData("请刷卡/插卡/挥卡")]
    [InlineData("（全角）￥12")]
    public void The_runs_give_the_row_back(string row)
    {
        TextRuns.Text(TextRuns.Of(row)).Should().Be(row);
    }

    [Fact]
    public void An_empty_row_has_no_runs()
    {
        TextRuns.Of("").Should().BeEmpty();
    }
}
