using FluentAssertions;
using LakalaPos.Iso8583.Messages;
using static LakalaPos.Iso8583.Tests.Bytes;

namespace LakalaPos.Iso8583.Tests.Messages;

/// <summary>An unreadable field in a log: its problem and length, a head of 4 bytes at most, never card data.</summary>
public class UnreadableFieldLogTests
{
    /// <summary>The body of the hex, and its one unreadable field.</summary>
    private static (byte[] Body, UnreadableField Field) OneUnreadable(string hex)
    {
        var body = Hex(hex);
        return (body, Iso8583Codec.DecodeLenient(body).Unreadable.Single());
    }

    [Fact]
    public void An_unreadable_text_field_shows_its_problem_length_and_first_four_bytes_with_digit_runs_cut()
    {
        var (body, field) = OneUnreadable($"{AnswerFront}  00 00 00 00 00 00 00 02  00 07  43 55 50 81 20 41 42");

        SafeHex.Unreadable(body, field).Should().Be("field 63 (private) at offset 21: is not valid GB18030; 7 bytes, head 435550**…");
    }

    [Fact]
    public void A_short_unreadable_field_is_shown_whole()
    {
        var (body, field) = OneUnreadable($"{AnswerFront}  00 00 00 00 02 00 00 00  30 C8");

        SafeHex.Unreadable(body, field).Should().Be("field 39 (response code) at offset 21: byte C8 is not ASCII text; 2 bytes, head 30C8");
    }

    [Fact]
    public void An_unreadable_card_number_shows_its_length_only()
    {
        // The PAN with a pad nibble of F: every digit is there, so none may be logged.
        var (body, field) = OneUnreadable($"{AnswerFront}  40 00 00 00 00 00 00 00  19  62 22 02 02 00 11 22 33 44 6F");

        var logged = SafeHex.Unreadable(body, field) + SafeHex.Masked(body, Iso8583Codec.DecodeLenient(body));

        SafeHex.Unreadable(body, field).Should().EndWith("; 10 bytes");
        logged.Should().NotContain("6222020200112233446").And.NotContain("0200112233");
    }

    [Fact]
    public void A_digit_run_the_head_cuts_keeps_six_characters()
    {
        var (body, field) = OneUnreadable($"{AnswerFront}  00 00 00 00 00 00 04 00  00 06  32 33 34 35 36 FF");

        SafeHex.Unreadable(body, field).Should().EndWith("head 323334**…");
    }

    [Fact]
    public void A_leniently_decoded_message_is_masked_with_its_unreadable_fields_as_stars()
    {
        var body = Hex($"{AnswerFront}  00 00 00 00 02 00 00 02  30 30  00 05  43 55 50 81 20");

        SafeHex.Masked(body, Iso8583Codec.DecodeLenient(body)).Should().Be(
            "6000000003" + "603100310000" + "0210" + "0000000002000002" + "3030" + "0005" + "**********");
    }
}
