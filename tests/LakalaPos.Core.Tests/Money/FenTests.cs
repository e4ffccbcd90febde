using FluentAssertions;
using LakalaPos.Core.Money;
using Xunit;

namespace LakalaPos.Core.Tests.Money;

public class FenTests
{
    [Theory]
    [InlineData(0, "0.00")]
    [InlineData(5, "0.05")]
    [InlineData(1234, "12.34")]
    [InlineData(-10000, "-100.00")]
    [InlineData(9999999999, "99999999.99")]
    public void Fen_format_as_yuan_with_two_decimals(long fen, string shown) => Fen.Format(fen).Should().Be(shown);

    [Theory]
    [InlineData("100000.00", 10000000)]
    [InlineData("12.3", 1230)]
    [InlineData("7", 700)]
    public void Yuan_text_parses_to_fen(string text, long fen)
    {
        Fen.TryParseYuan(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(fen);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.234")]
    [InlineData("-1")]
    [InlineData("1e5")]
    [InlineData(".5")]
    public void Anything_else_is_not_an_amount(string text) => Fen.TryParseYuan(text, out _).Should().BeFalse();
}
