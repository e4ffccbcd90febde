using System.Text;
using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Serial.Magstripe;
using Xunit;

namespace LakalaPos.Devices.Tests.Serial;

/// <summary>One line of a magnetic-stripe reader: track 2 read into a swiped card, anything else a failed read with a reason free of card data.</summary>
public sealed class MagstripeLineTests
{
    [Fact]
    public void Track_2_gives_the_card_number_expiry_and_the_track_as_read()
    {
        var (kind, card, _) = Parse(";6222020200112233446=29122201234567?");

        kind.Should().Be(MagstripeLineKind.Card);
        card!.Pan.Should().Be("6222020200112233446");
        card.ExpiryYyMm.Should().Be("2912");
        card.EntryMode.Should().Be(EntryMode.Swipe);
        card.Track2.Should().Be("6222020200112233446=29122201234567");
        card.CardSequence.Should().BeNull();
        card.IccData.Should().BeNull();
    }

    [Fact]
    public void Track_1_before_track_2_on_the_same_line_is_skipped()
    {
        var (kind, card, _) = Parse("%B6222020200112233446^ZHANG/SAN^2912220?;6222020200112233446=2912220?");

        kind.Should().Be(MagstripeLineKind.Card);
        card!.Track2.Should().Be("6222020200112233446=2912220");
    }

    [Fact]
    public void A_line_holding_only_track_1_is_no_card_and_no_failure()
    {
        Parse("%B6222020200112233446^ZHANG/SAN^2912220?").Kind.Should().Be(MagstripeLineKind.Track1Only);
    }

    [Fact]
    public void The_shortest_and_longest_card_numbers_are_read()
    {
        Parse(";622202020011=2912220?").Card!.Pan.Should().HaveLength(12);
        Parse(";6222020200112233446=2912220?").Card!.Pan.Should().HaveLength(19);
    }

    [Theory]
    [InlineData(";E?", "no field separator")]
    [InlineData("6222020200112233446=2912220", "no track 2 start sentinel")]
    [InlineData(";6222020200112233446=2912220", "no track 2 end sentinel")]
    [InlineData(";", "no track 2 end sentinel")]
    [InlineData("%B6222020200112233446^ZHANG/SAN", "track 1 has no end sentinel")]
    [InlineData(";62220202001=2912220?", "the card number is not 12 to 19 digits")]
    [InlineData(";62220202001122334467=2912220?", "the card number is not 12 to 19 digits")]
    [InlineData(";6222O20200112233446=2912220?", "the card number is not 12 to 19 digits")]
    [InlineData(";6222020200112233446=2912?", "expiry and service code are not 7 digits")]
    [InlineData(";6222020200112233446=2913220?", "the expiry month is not 01 to 12")]
    [InlineData(";6222020200112233446=2900220?", "the expiry month is not 01 to 12")]
    [InlineData(";6222020200112233446=29122201234567890123?", "track 2 longer than 37 characters")]
    public void A_bad_line_is_unreadable_with_a_reason_that_holds_no_card_data(string line, string reason)
    {
        var (kind, card, why) = Parse(line);

        kind.Should().Be(MagstripeLineKind.Unreadable);
        card.Should().BeNull();
        why.Should().Be(reason);
    }

    [Fact]
    public void A_byte_outside_printable_ascii_makes_the_line_unreadable()
    {
        var (kind, _, why) = MagstripeLine.Parse([.. ";62220202001122"u8, 0x00, .. "33446=2912220?"u8]);

        kind.Should().Be(MagstripeLineKind.Unreadable);
        why.Should().Be("a byte that is not a track character");
    }

    [Theory]
    [InlineData(";6222020200112233446=2912220?", ";622202*************=*******?")]
    [InlineData("%B6222020200112233446^ZHANG/SAN^2912?", "%*622202*************^*********^****?")]
    [InlineData(";E?", ";*?")]
    public void A_line_is_logged_with_its_shape_only(string line, string masked)
    {
        TrackMask.Mask(Encoding.ASCII.GetBytes(line)).Should().Be(masked);
    }

    [Fact]
    public void A_long_line_is_logged_shortened_with_its_length()
    {
        var masked = TrackMask.Mask(Encoding.ASCII.GetBytes(new string('9', 300)));

        masked.Should().Be("999999" + new string('*', 58) + "…(300 bytes)");
    }

    private static (MagstripeLineKind Kind, CardData? Card, string? Reason) Parse(string line) =>
        MagstripeLine.Parse(Encoding.ASCII.GetBytes(line));
}
