using FluentAssertions;
using LakalaPos.Core.Screens;
using LakalaPos.Devices.Tests.Support;
using Xunit;

namespace LakalaPos.Devices.Tests.Contracts;

/// <summary>
/// What every display driver does: text is wrapped to the width, a Chinese character takes two
/// columns, and nothing is ever cut off. A driver's test class derives from this and says how to build it.
/// </summary>
public abstract class DisplayContractTests : OwningTest
{
    protected abstract IDisplayHarness Create(int columns);

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    public void A_display_reports_the_width_it_was_built_with(int columns)
    {
        Create(columns).Display.Columns.Should().Be(columns);
    }

    [Fact]
    public void Each_line_of_a_screen_that_fits_is_one_row()
    {
        var harness = Create(32);

        harness.Display.Show(Screen.Of("请输入操作员号", "01"));

        harness.VisibleRows().Should().Equal("请输入操作员号", "01");
    }

    [Fact]
    public void A_line_wider_than_the_display_wraps_onto_the_next_row_and_nothing_is_lost()
    {
        var harness = Create(16);
        const string line = "Insert, swipe or tap the card please";

        harness.Display.Show(Screen.Of(line));

        var rows = harness.VisibleRows();
        rows.Should().HaveCountGreaterThan(1);
        rows.Should().OnlyContain(row => Columns.Of(row) <= 16);
        string.Concat(rows).Should().Be(line);
    }

    [Fact]
    public void A_chinese_character_takes_two_columns()
    {
        var harness = Create(32);

        harness.Display.Show(Screen.Of(new string('消', 16), new string('费', 17)));

        harness.VisibleRows().Should().Equal(new string('消', 16), new string('费', 16), "费");
    }

    [Fact]
    public void A_chinese_character_is_never_split_across_two_rows()
    {
        var harness = Create(32);
        var line = "A" + new string('额', 16);

        harness.Display.Show(Screen.Of(line));

        harness.VisibleRows().Should().Equal("A" + new string('额', 15), "额");
    }

    [Fact]
    public void Mixed_chinese_and_latin_text_wraps_by_columns()
    {
        var harness = Create(16);

        harness.Display.Show(Screen.Of("金额 RMB 12.34 交易成功"));

        var rows = harness.VisibleRows();
        rows.Should().OnlyContain(row => Columns.Of(row) <= 16);
        string.Concat(rows).Should().Be("金额 RMB 12.34 交易成功");
    }

    [Fact]
    public void An_empty_line_keeps_its_row()
    {
        var harness = Create(32);

        harness.Display.Show(Screen.Of("交易成功", "", "按确认打印第二联"));

        harness.VisibleRows().Should().Equal("交易成功", "", "按确认打印第二联");
    }

    [Fact]
    public void A_new_screen_replaces_the_previous_one()
    {
        var harness = Create(32);
        harness.Display.Show(Screen.Of("请输入操作员号", "01"));

        harness.Display.Show(Screen.Of("请输入密码"));

        harness.VisibleRows().Should().Equal("请输入密码");
    }
}
