using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Cards;
using Xunit;

namespace LakalaPos.Devices.Tests.Cards;

/// <summary>The test cards of spec section 10, as the card reader reads them.</summary>
public sealed class TestCardsTests
{
    [Theory]
    [InlineData("debit", "6222020200112233446", "2912")]
    [InlineData("credit", "6258070012345673", "2811")]
    [InlineData("debit2", "6222020000556677888", "3001")]
    [InlineData("lowbal", "6228480011998877663", "2910")]
    [InlineData("expired", "6217000000000000111", "2401")]
    public void Each_spec_card_has_its_number_and_expiry(string name, string pan, string expiry)
    {
        var card = TestCards.Find(name);

        card.Pan.Should().Be(pan);
        card.ExpiryYyMm.Should().Be(expiry);
    }

    [Theory]
    [InlineData("debit", "swipe insert tap")]
    [InlineData("credit", "swipe insert tap")]
    [InlineData("debit2", "swipe insert tap")]
    [InlineData("lowbal", "swipe insert")]
    [InlineData("expired", "swipe")]
    public void Each_spec_card_allows_the_reads_of_the_spec_table(string name, string reads)
    {
        var expected = reads.Split(' ').Select(read => read switch
        {
            "swipe" => EntryMode.Swipe,
            "insert" => EntryMode.Insert,
            _ => EntryMode.Tap,
        });

        TestCards.Find(name).Reads.Should().Equal(expected);
    }

    [Fact]
    public void The_catalog_holds_exactly_the_spec_cards()
    {
        TestCards.Names.Should().Equal("debit", "credit", "debit2", "lowbal", "expired");
    }

    [Theory]
    [InlineData("debit", "6222020200112233446=2912220")]
    [InlineData("expired", "6217000000000000111=2401101")]
    public void A_swipe_gives_track_2_with_pan_expiry_and_service_code_and_no_chip_data(string name, string track2Start)
    {
        var card = TestCards.Read(name, EntryMode.Swipe);

        card.EntryMode.Should().Be(EntryMode.Swipe);
        card.Track2.Should().StartWith(track2Start);
        card.Track2!.Length.Should().BeLessThanOrEqualTo(37, "track 2 holds at most 37 characters");
        card.CardSequence.Should().BeNull();
        card.IccData.Should().BeNull();
    }

    [Fact]
    public void Chip_cards_carry_service_code_220_and_the_magnetic_stripe_only_card_101()
    {
        TestCards.All.Where(card => card.Name != "expired").Should().OnlyContain(card => card.ServiceCode == "220" && card.HasChip);
        TestCards.Find("expired").ServiceCode.Should().Be("101");
        TestCards.Find("expired").HasChip.Should().BeFalse();
    }

    [Theory]
    [InlineData(EntryMode.Insert)]
    [InlineData(EntryMode.Tap)]
    public void A_chip_or_contactless_read_gives_sequence_001_and_icc_data(EntryMode mode)
    {
        var card = TestCards.Read("debit", mode);

        card.EntryMode.Should().Be(mode);
        card.Track2.Should().StartWith("6222020200112233446=2912220");
        card.CardSequence.Should().Be("001");
        var tags = IccTags.Parse(card.IccData!);
        tags["9F26"].Should().HaveCount(8, "the application cryptogram is 8 bytes");
        tags["9F27"].Should().Equal(0x80);
        tags["9F36"].Should().Equal(0x00, 0x01);
        tags["95"].Should().HaveCount(5, "the TVR is 5 bytes");
        tags["5F34"].Should().Equal(0x01);
    }

    [Fact]
    public void The_same_card_counter_and_read_give_the_same_cryptogram_so_replays_repeat()
    {
        var first = TestCards.Read("credit", EntryMode.Insert, atc: 7);
        var again = TestCards.Read("credit", EntryMode.Insert, atc: 7);

        again.IccData.Should().Equal(first.IccData);
    }

    [Theory]
    [InlineData("lowbal", EntryMode.Tap, "test card \"lowbal\" cannot be tapped (it can be swiped, inserted)")]
    [InlineData("expired", EntryMode.Insert, "test card \"expired\" cannot be inserted (it can be swiped)")]
    [InlineData("expired", EntryMode.Tap, "test card \"expired\" cannot be tapped (it can be swiped)")]
    public void A_read_the_card_does_not_allow_is_refused_with_a_clear_message(string name, EntryMode mode, string message)
    {
        var act = () => TestCards.Read(name, mode);

        act.Should().Throw<CardReadException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void A_card_is_not_typed_in_through_the_card_reader()
    {
        var act = () => TestCards.Read("debit", EntryMode.Manual);

        act.Should().Throw<CardReadException>().WithMessage("*keypad*");
    }

    [Fact]
    public void An_unknown_card_name_lists_the_known_ones()
    {
        var act = () => TestCards.Find("visa");

        act.Should().Throw<CardReadException>().Which.Message.Should()
            .Be("no test card named \"visa\" (known: debit, credit, debit2, lowbal, expired)");
    }

    [Fact]
    public void A_card_number_given_instead_of_a_name_is_not_repeated_in_the_message()
    {
        var act = () => TestCards.Find("6222020200112233446");

        act.Should().Throw<CardReadException>().Which.Message.Should().NotContain("6222020200112233446");
    }

    [Fact]
    public void Card_names_are_matched_without_regard_to_case()
    {
        TestCards.Find("DEBIT2").Name.Should().Be("debit2");
    }

    [Fact]
    public void Neither_a_card_nor_its_read_shows_the_full_number_when_printed()
    {
        var card = TestCards.Find("debit");

        card.ToString().Should().Be("debit 622202*********3446");
        card.Read(EntryMode.Swipe).ToString().Should().NotContain(card.Pan);
    }

    [Fact]
    public void Refusal_messages_never_hold_a_card_number()
    {
        var messages = TestCards.All
            .SelectMany(card => new[] { EntryMode.Swipe, EntryMode.Insert, EntryMode.Tap, EntryMode.Manual }
                .Where(mode => !card.Allows(mode))
                .Select(mode => (card, error: Record.Exception(() => card.Read(mode)))))
            .ToList();

        messages.Should().NotBeEmpty();
        messages.Should().OnlyContain(m => m.error is CardReadException && !m.error.Message.Contains(m.card.Pan));
    }
}
