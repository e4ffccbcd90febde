using FluentAssertions;
using LakalaPos.Devices.Tests.Support;
using LakalaPos.Terminal.FullScreen;
using Xunit;

namespace LakalaPos.Terminal.Tests.FullScreen;

/// <summary>A frame of the full-screen console: cells written, then one string of ANSI that draws it whole.</summary>
public sealed class CanvasTests
{
    [Fact]
    public void A_chinese_character_takes_two_cells()
    {
        var canvas = new Canvas(10, 2);

        canvas.Write(0, 0, "签到ab").Should().Be(6);

        Drawn(canvas)[0].Should().Be("签到ab    ");
    }

    [Fact]
    public void What_falls_off_the_right_edge_is_not_drawn_and_a_wide_character_is_never_halved()
    {
        var canvas = new Canvas(5, 2);

        canvas.Write(0, 0, "abcd签名");
        canvas.Write(1, 2, "xyzuvw");

        Drawn(canvas).Should().Equal("abcd ", "  xyz");
    }

    [Fact]
    public void Writing_over_half_of_a_wide_character_leaves_a_space_in_the_other_half()
    {
        var canvas = new Canvas(6, 2);
        canvas.Write(0, 0, "签到");

        canvas.Write(0, 1, "x");

        Drawn(canvas)[0].Should().Be(" x到  ");
    }

    [Fact]
    public void The_frame_positions_every_row_and_never_writes_the_bottom_right_cell_so_no_terminal_scrolls()
    {
        var canvas = new Canvas(4, 3);
        canvas.Write(2, 0, "wxyz");

        var ansi = canvas.ToAnsi();

        ansi.Should().Contain("\e[1;1H").And.Contain("\e[2;1H").And.Contain("\e[3;1H").And.NotContain("\n");
        Vt100Screen.Of(System.Text.Encoding.UTF8.GetBytes(ansi)).Rows()[2].Should().Be("wxy");
    }

    [Fact]
    public void A_box_has_its_title_in_the_top_edge()
    {
        var canvas = new Canvas(12, 3);

        canvas.Box(0, 0, 12, 3, "LCD");

        Drawn(canvas).Should().Equal("+- LCD ----+", "|          |", "+----------+");
    }

    private static IReadOnlyList<string> Drawn(Canvas canvas) => Enumerable.Range(0, canvas.Height).Select(canvas.RowText).ToList();
}
