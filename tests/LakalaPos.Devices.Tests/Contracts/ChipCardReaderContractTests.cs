using FluentAssertions;
using LakalaPos.Core.Hardware;
using Xunit;

namespace LakalaPos.Devices.Tests.Contracts;

/// <summary>What a card reader with a chip slot and a contactless field does besides swiping.</summary>
public abstract class ChipCardReaderContractTests : CardReaderContractTests
{
    [Theory]
    [InlineData(EntryMode.Insert)]
    [InlineData(EntryMode.Tap)]
    public void An_inserted_or_tapped_card_is_reported_with_what_was_read(EntryMode mode)
    {
        var harness = Create();
        var seen = new List<CardData>();
        harness.Reader.CardPresented += (_, card) => seen.Add(card);

        harness.Present(Card(mode));

        seen.Should().ContainSingle();
        seen[0].Pan.Should().Be("6222020200112233446");
        seen[0].EntryMode.Should().Be(mode);
        seen[0].Track2.Should().Be("6222020200112233446=2912220");
        seen[0].CardSequence.Should().Be("001");
    }

    [Fact]
    public void Taking_out_an_inserted_card_is_reported()
    {
        var harness = Create();
        var removed = 0;
        harness.Reader.CardRemoved += (_, _) => removed++;
        harness.Present(Card(EntryMode.Insert));

        harness.Remove();

        removed.Should().Be(1);
    }

    [Fact]
    public void Cards_are_reported_in_the_order_they_were_presented()
    {
        var harness = Create();
        var seen = new List<EntryMode>();
        harness.Reader.CardPresented += (_, card) => seen.Add(card.EntryMode);

        harness.Present(Card(EntryMode.Swipe));
        harness.Present(Card(EntryMode.Tap));
        harness.Present(Card(EntryMode.Insert));

        seen.Should().Equal(EntryMode.Swipe, EntryMode.Tap, EntryMode.Insert);
    }
}
