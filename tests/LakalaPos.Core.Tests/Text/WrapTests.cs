using FluentAssertions;
using Xunit;
using LakalaPos.Core.Text;

namespace LakalaPos.Core.Tests.Text;

public class WrapTests
{
    [Fact]
    public void Text_that_fits_stays_on_one_line()
    {
        DisplayWidth.Wrap("交易成功", 16).Should().Equal("交易成功");
    }

    [Fact]
    public void Chinese_wraps_between_characters_at_the_column_limit()
    {
        DisplayWidth.Wrap("一二三四五六七八九十", 8).Should().Equal("一二三四", "五六七八", "九十");
    }

    [Fact]
    public void A_chinese_character_is_never_split_across_lines()
    {
        // 7 columns hold three characters and one spare column, never half of the fourth.
        DisplayWidth.Wrap("一二三四五六", 7).Should().Equal("一二三", "四五六");
    }

    [Fact]
    public void English_words_stay_whole_and_the_space_at_the_break_is_dropped()
    {
        DisplayWidth.Wrap("CARDHOLDER SIGNATURE", 12).Should().Equal("CARDHOLDER", "SIGNATURE");
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken_rather_than_cut()
    {
        DisplayWidth.Wrap("ABCDEFGHIJ", 4).Should().Equal("ABCD", "EFGH", "IJ");
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line()
    {
        DisplayWidth.Wrap("一二三四。五六", 8).Should().Equal("一二三", "四。五六");
    }

    [Fact]
    public void Opening_punctuation_never_ends_a_line()
    {
        DisplayWidth.Wrap("一二三「四」", 8).Should().Equal("一二三", "「四」");
    }

    [Fact]
    public void A_break_inside_chinese_prefers_the_end_of_a_clause()
    {
        DisplayWidth.Wrap("网络未连接,请检查网络", 16).Should().Equal("网络未连接,", "请检查网络");
    }

    [Fact]
    public void A_line_break_in_the_text_starts_a_new_line()
    {
        DisplayWidth.Wrap("交易失败\n51 余额不足", 32).Should().Equal("交易失败", "51 余额不足");
    }

    [Fact]
    public void Empty_text_gives_one_empty_line()
    {
        DisplayWidth.Wrap("", 16).Should().Equal("");
    }

    [Fact]
    public void A_width_that_cannot_hold_a_chinese_character_is_refused()
    {
        var act = () => DisplayWidth.Wrap("消费", 1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*at least 2 columns*");
    }

    [Fact]
    public void Wrapping_never_loses_or_reorders_text_and_every_line_fits()
    {
        string[] samples =
        [
            "北京拉卡拉网络技术有限公司朝阳门外大街分店(测试)",
            "本人确认以上交易,同意将其计入本卡账户",
            "I ACKNOWLEDGE SATISFACTORY RECEIPT OF RELATIVE GOODS/SERVICES",
            "商户名称 MERCHANT NAME 拉卡拉 Lakala 便利店 No.12 「测试」。，、",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz",
            "a 一 b 二 c 三 d 四 e 五 f 六 g 七 h 八 i 九 j 十 （注）",
            "  leading spaces kept on the first line",
            "e\u0301te\u0301 café 𠀀𠀁𠀂 emoji 😀😀😀",
        ];
        foreach (var sample in samples)
        {
            for (var columns = 2; columns <= 50; columns++)
            {
                var lines = DisplayWidth.Wrap(sample, columns);
                lines.Should().OnlyContain(line => DisplayWidth.Of(line) <= columns, $"\"{sample}\" wrapped at {columns}");
                string.Concat(lines).Replace(" ", "").Should().Be(sample.Replace(" ", ""),
                    $"wrapping \"{sample}\" at {columns} moves text to new lines, it never drops any");
                lines.Should().OnlyContain(line => !line.EndsWith(' '));
            }
        }
    }
}
