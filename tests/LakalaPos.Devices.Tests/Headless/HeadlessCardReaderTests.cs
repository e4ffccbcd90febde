using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Cards;
using LakalaPos.Devices.Headless;
using LakalaPos.Devices.Tests.Contracts;
using Xunit;

namespace LakalaPos.Devices.Tests.Headless;

public sealed class HeadlessCardReaderTests : ChipCardReaderContractTests
{
    protected override ICardReaderHarness Create() => new Harness(new HeadlessCardReader());

    [Fact]
    public void An_inserted_card_stays_in_the_reader_until_removed()
    {
        var reader = new HeadlessCardReader();

        var card = reader.Present("debit", EntryMode.Insert);

        reader.Inserted.Should().BeSameAs(card);
        reader.Remove().Should().BeTrue();
        reader.Inserted.Should().BeNull();
    }

    [Theory]
    [InlineData(EntryMode.Swipe)]
    [InlineData(EntryMode.Tap)]
    public void A_swiped_or_tapped_card_does_not_stay_in_the_reader(EntryMode mode)
    {
        var reader = new HeadlessCardReader();
        var removed = 0;
        reader.CardRemoved += (_, _) => removed++;
        reader.Present("debit", mode);

        reader.Remove().Should().BeFalse();

        reader.Inserted.Should().BeNull();
        removed.Should().Be(0);
    }

    [Fact]
    public void A_second_card_cannot_be_inserted_while_one_is_in()
    {
        var reader = new HeadlessCardReader();
        var presented = 0;
        reader.CardPresented += (_, _) => presented++;
        reader.Present("debit", EntryMode.Insert);

        var act = () => reader.Present("credit", EntryMode.Insert);

        act.Should().Throw<CardReadException>().WithMessage("a card is already inserted; remove it first");
        presented.Should().Be(1);
    }

    [Fact]
    public void A_test_card_is_read_from_the_built_in_catalog_and_reported()
    {
        var reader = new HeadlessCardReader();
        CardData? seen = null;
        reader.CardPresented += (_, card) => seen = card;

        reader.Present("credit", EntryMode.Tap);

        seen!.Pan.Should().Be("6258070012345673");
        seen.EntryMode.Should().Be(EntryMode.Tap);
    }

    [Fact]
    public void A_read_the_card_does_not_allow_reports_nothing()
    {
        var reader = new HeadlessCardReader();
        var presented = 0;
        reader.CardPresented += (_, _) => presented++;

        var act = () => reader.Present("lowbal", EntryMode.Tap);

        act.Should().Throw<CardReadException>();
        presented.Should().Be(0);
    }

    [Fact]
    public void Each_chip_read_of_a_card_counts_up_its_transaction_counter()
    {
        var reader = new HeadlessCardReader();

        var first = reader.Present("debit", EntryMode.Tap);
        var second = reader.Present("debit", EntryMode.Tap);

        IccTags.Parse(first.IccData!)["9F36"].Should().Equal(0x00, 0x01);
        IccTags.Parse(second.IccData!)["9F36"].Should().Equal(0x00, 0x02);
        IccTags.Parse(second.IccData!)["9F26"].Should().NotEqual(IccTags.Parse(first.IccData!)["9F26"]);
    }

    [Fact]
    public void A_failed_read_is_reported_with_its_reason()
    {
        var reader = new HeadlessCardReader();
        var reasons = new List<string>();
        reader.ReadFailed += (_, reason) => reasons.Add(reason);

        reader.FailRead("no track 2 start sentinel");

        reasons.Should().Equal("no track 2 start sentinel");
        reader.Inserted.Should().BeNull();
    }

    private sealed class Harness(HeadlessCardReader reader) : ICardReaderHarness
    {
        public ICardReader Reader => reader;

        public void Present(CardData card) => reader.Present(card);

        public void Remove() => reader.Remove();

        public void PresentUnreadable() => reader.FailRead("a bad swipe");
    }
}
