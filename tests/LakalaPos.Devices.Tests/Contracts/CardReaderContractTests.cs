using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Tests.Support;
using Xunit;

namespace LakalaPos.Devices.Tests.Contracts;

/// <summary>
/// What every card reader driver does, a swipe-only reader included. A driver's test class derives
/// from this (or from <see cref="ChipCardReaderContractTests"/>) and says how to build it.
/// </summary>
public abstract class CardReaderContractTests : OwningTest
{
    protected abstract ICardReaderHarness Create();

    protected static CardData Card(EntryMode mode, string pan = "6222020200112233446") =>
        new(pan, "2912", mode, $"{pan}=2912220", mode == EntryMode.Swipe ? null : "001");

    [Fact]
    public void A_swiped_card_is_reported_with_what_was_read()
    {
        var harness = Create();
        var seen = new List<CardData>();
        harness.Reader.CardPresented += (_, card) => seen.Add(card);

        harness.Present(Card(EntryMode.Swipe));

        seen.Should().ContainSingle();
        seen[0].Pan.Should().Be("6222020200112233446");
        seen[0].ExpiryYyMm.Should().Be("2912");
        seen[0].EntryMode.Should().Be(EntryMode.Swipe);
        seen[0].Track2.Should().Be("6222020200112233446=2912220");
    }

    [Fact]
    public void Swiped_cards_are_reported_in_the_order_they_were_swiped()
    {
        var harness = Create();
        var seen = new List<string>();
        harness.Reader.CardPresented += (_, card) => seen.Add(card.Pan);

        harness.Present(Card(EntryMode.Swipe, "6222020200112233446"));
        harness.Present(Card(EntryMode.Swipe, "6258070012345673"));

        seen.Should().Equal("6222020200112233446", "6258070012345673");
    }

    [Fact]
    public void A_card_that_cannot_be_read_is_reported_as_a_failed_read_and_not_as_a_card()
    {
        var harness = Create();
        var presented = 0;
        var failures = new List<string>();
        harness.Reader.CardPresented += (_, _) => presented++;
        harness.Reader.ReadFailed += (_, reason) => failures.Add(reason);

        harness.PresentUnreadable();

        presented.Should().Be(0);
        failures.Should().ContainSingle().Which.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_good_swipe_after_a_failed_one_is_read()
    {
        var harness = Create();
        var seen = new List<CardData>();
        harness.Reader.CardPresented += (_, card) => seen.Add(card);

        harness.PresentUnreadable();
        harness.Present(Card(EntryMode.Swipe));

        seen.Should().ContainSingle().Which.Pan.Should().Be("6222020200112233446");
    }
}
