using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;
using LakalaPos.Devices.Headless;
using LakalaPos.Devices.Tests.Contracts;
using Xunit;

namespace LakalaPos.Devices.Tests.Headless;

public sealed class HeadlessDisplayTests : DisplayContractTests
{
    protected override IDisplayHarness Create(int columns) => new Harness(new HeadlessDisplay(columns));

    [Fact]
    public void Before_anything_is_shown_the_display_is_blank()
    {
        var display = new HeadlessDisplay(32);

        display.Rows.Should().BeEmpty();
        display.Current.Lines.Should().BeEmpty();
        display.ShownCount.Should().Be(0);
    }

    [Fact]
    public void The_current_screen_is_kept_as_given()
    {
        var display = new HeadlessDisplay(32);
        var screen = Screen.Of("请刷卡/插卡/挥卡");

        display.Show(screen);

        display.Current.Should().BeSameAs(screen);
    }

    [Fact]
    public void Every_show_is_counted_and_announced_even_the_same_screen_again()
    {
        var display = new HeadlessDisplay(32);
        var announced = new List<Screen>();
        display.Shown += (_, screen) => announced.Add(screen);
        var screen = Screen.Of("处理中");

        display.Show(screen);
        display.Show(screen);

        display.ShownCount.Should().Be(2);
        announced.Should().Equal(screen, screen);
    }

    [Fact]
    public void Rows_beyond_the_height_are_kept_and_flagged_as_overflow()
    {
        var display = new HeadlessDisplay(16, height: 2);

        display.Show(Screen.Of("1 消费", "2 消费撤销", "3 退货"));

        display.Rows.Should().Equal("1 消费", "2 消费撤销", "3 退货");
        display.Overflows.Should().BeTrue();
    }

    [Fact]
    public void A_screen_that_fits_does_not_overflow()
    {
        var display = new HeadlessDisplay(16, height: 4);

        display.Show(Screen.Of("1 消费", "2 消费撤销"));

        display.Overflows.Should().BeFalse();
    }

    [Fact]
    public void A_line_break_inside_a_line_starts_a_new_row()
    {
        var display = new HeadlessDisplay(32);

        display.Show(Screen.Of("交易失败\n55 密码错误"));

        display.Rows.Should().Equal("交易失败", "55 密码错误");
    }

    [Fact]
    public void A_display_too_narrow_for_a_chinese_character_is_refused()
    {
        var act = () => new HeadlessDisplay(1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private sealed class Harness(HeadlessDisplay display) : IDisplayHarness
    {
        public IDisplay Display => display;

        public IReadOnlyList<string> VisibleRows() => display.Rows;
    }
}
