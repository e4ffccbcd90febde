using System.Xml.Linq;
using FluentAssertions;
using LakalaPos.Replay.Tutorials;
using Xunit;

namespace LakalaPos.Replay.Tests.Tutorials;

/// <summary>The LCD picture: well-formed SVG, each character on its own column, a Chinese character two columns wide.</summary>
public sealed class LcdSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static List<(string Text, double X)> Characters(XDocument svg, int row) =>
        [.. svg.Descendants(Svg + "text").ElementAt(row).Elements(Svg + "tspan")
            .Select(t => (t.Value, double.Parse(t.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture)))];

    [Fact]
    public void A_chinese_character_takes_two_columns_and_a_digit_one()
    {
        var svg = XDocument.Parse(LcdSvg.Render(["金额 1", "12345"], 32, 8));

        var chinese = Characters(svg, 0);
        var digits = Characters(svg, 1);
        chinese.Select(c => c.Text).Should().Equal("金", "额", "1");
        // 金 is centred on columns 0-1, 额 on 2-3, the digit on column 5 (after the space at 4).
        (chinese[1].X - chinese[0].X).Should().Be(digits[2].X - digits[0].X, "one Chinese character is as wide as two digits");
        chinese[2].X.Should().Be(digits[4].X + 11, "the digit after '金额 ' sits in column 5, one column after the fifth digit");
    }

    [Fact]
    public void Text_that_would_break_the_markup_is_escaped()
    {
        var text = LcdSvg.Render(["<a & \"b\">"], 32, 8);

        var svg = XDocument.Parse(text);
        string.Concat(Characters(svg, 0).Select(c => c.Text)).Should().Be("<a&\"b\">");
    }

    [Fact]
    public void The_picture_is_as_tall_as_the_display_or_the_screen_whichever_has_more_rows()
    {
        var eight = XDocument.Parse(LcdSvg.Render(["a"], 32, 8)).Root!;
        var ten = XDocument.Parse(LcdSvg.Render([.. Enumerable.Repeat("a", 10)], 32, 8)).Root!;

        int.Parse(ten.Attribute("height")!.Value).Should().BeGreaterThan(int.Parse(eight.Attribute("height")!.Value));
        eight.Attribute("aria-label")!.Value.Should().Be("a");
    }
}
