using System.Text;
using FluentAssertions;
using Xunit;
using LakalaPos.Core.Text;

namespace LakalaPos.Core.Tests.Text;

public class DisplayWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("RMB 12.34", 9)]
    [InlineData("消费", 4)]
    [InlineData("POS签购单", 9)]
    [InlineData("本人确认以上交易,同意将其计入本卡账户", 37)]
    [InlineData("金额 AMOUNT", 11)]
    public void Chinese_characters_take_two_columns_and_ascii_one(string text, int columns)
    {
        DisplayWidth.Of(text).Should().Be(columns);
    }

    [Theory]
    [InlineData("\u3000")] // ideographic space
    [InlineData("。")]
    [InlineData("、")]
    [InlineData("「")]
    [InlineData("，")] // U+FF0C full-width comma
    [InlineData("：")]
    [InlineData("Ａ")] // U+FF21 full-width A
    [InlineData("￥")] // U+FFE5
    [InlineData("ア")]
    [InlineData("한")]
    [InlineData("𠀀")] // U+20000, a surrogate pair
    public void Full_width_forms_and_cjk_punctuation_take_two_columns(string character)
    {
        DisplayWidth.Of(character).Should().Be(2);
    }

    [Theory]
    [InlineData("A")]
    [InlineData(",")]
    [InlineData("*")]
    [InlineData("¥")] // U+00A5, the half-width yen sign
    [InlineData("ｱ")] // U+FF71, half-width katakana
    public void Half_width_characters_take_one_column(string character)
    {
        DisplayWidth.Of(character).Should().Be(1);
    }

    [Fact]
    public void A_combining_mark_adds_no_width()
    {
        DisplayWidth.Of("e\u0301").Should().Be(1);
    }

    [Fact]
    public void Every_cjk_unified_ideograph_takes_two_columns()
    {
        for (var code = 0x4E00; code <= 0x9FFF; code += 97)
            CharacterWidth.Of(new Rune(code)).Should().Be(2, $"U+{code:X4} is a CJK ideograph");
    }

    [Fact]
    public void Pad_right_fills_to_the_column_count_counting_chinese_as_two()
    {
        DisplayWidth.PadRight("金额", 8).Should().Be("金额    ");
        DisplayWidth.PadLeft("金额", 8).Should().Be("    金额");
    }

    [Fact]
    public void Padding_never_cuts_text_that_is_already_wider()
    {
        DisplayWidth.PadRight("商户名称", 5).Should().Be("商户名称");
        DisplayWidth.PadLeft("商户名称", 5).Should().Be("商户名称");
        DisplayWidth.Center("商户名称", 5).Should().Be("商户名称");
    }

    [Fact]
    public void Center_puts_an_odd_spare_column_on_the_right()
    {
        DisplayWidth.Center("消费", 9).Should().Be("  消费   ");
    }
}
