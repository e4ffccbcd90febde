using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Input;
using Xunit;

namespace LakalaPos.Core.Tests.Input;

public class DigitEntryTests
{
    [Fact]
    public void A_masked_entry_shows_one_star_per_digit_and_keeps_the_digits()
    {
        var entry = new DigitEntry(6, masked: true);
        foreach (var k in new[] { Key.D1, Key.D2, Key.D3 })
            entry.Accept(k);
        entry.Shown.Should().Be("***");
        entry.Value.Should().Be("123");
    }

    [Fact]
    public void Digits_past_the_maximum_are_ignored()
    {
        var entry = new DigitEntry(2, masked: false);
        foreach (var k in new[] { Key.D1, Key.D2, Key.D3 })
            entry.Accept(k);
        entry.Value.Should().Be("12");
    }

    [Fact]
    public void Clear_on_an_empty_entry_does_nothing()
    {
        var entry = new DigitEntry(2, masked: false);
        entry.Accept(Key.Clear).Should().BeTrue();
        entry.Length.Should().Be(0);
    }
}
