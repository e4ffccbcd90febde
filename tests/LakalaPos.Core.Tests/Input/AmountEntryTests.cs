using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Input;
using Xunit;

namespace LakalaPos.Core.Tests.Input;

public class AmountEntryTests
{
    private static AmountEntry Typed(string keys)
    {
        var entry = new AmountEntry();
        foreach (var c in keys)
            entry.Accept(KeyExtensions.FromDigit(c));
        return entry;
    }

    [Fact]
    public void Digits_are_fen_typed_right_to_left() => Typed("1234").Shown.Should().Be("12.34");

    [Fact]
    public void A_single_digit_is_fen() => Typed("5").Shown.Should().Be("0.05");

    [Fact]
    public void Nothing_typed_shows_zero() => new AmountEntry().Shown.Should().Be("0.00");

    [Fact]
    public void Leading_zeros_are_not_kept() => Typed("00012").Fen.Should().Be(12);

    [Fact]
    public void At_most_ten_digits_are_taken() => Typed("123456789012").Fen.Should().Be(1234567890);

    [Fact]
    public void Clear_takes_the_last_digit_back()
    {
        var entry = Typed("1234");
        entry.Accept(Key.Clear);
        entry.Shown.Should().Be("1.23");
    }

    [Fact]
    public void Keys_other_than_digits_and_clear_are_left_to_the_flow() => new AmountEntry().Accept(Key.Enter).Should().BeFalse();
}
