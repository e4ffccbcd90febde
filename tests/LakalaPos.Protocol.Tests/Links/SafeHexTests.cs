using FluentAssertions;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Links;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>
/// Message bytes in a log: a decoded message masked by field; bytes that did not decode only by
/// their length and their head (TPDU + header + MTI), never the rest.
/// </summary>
public class SafeHexTests
{
    private static readonly byte[] PinBlockValue = Convert.FromHexString("A1B2C3D4E5F60718");

    private static byte[] EncodedSale() => Iso8583Codec.Encode(new Iso8583Message("0200")
        .Set(2, DebitPan).Set(3, "000000").Set(4, "000000001234").Set(11, "000002").Set(52, PinBlockValue));

    [Fact]
    public void Undecodable_bytes_show_their_length_and_only_the_tpdu_header_and_mti()
    {
        var body = EncodedSale();

        SafeHex.Undecodable(body).Should().Be($"{body.Length} bytes, head {Convert.ToHexString(body, 0, SafeHex.HeadLength)}…");
    }

    [Fact]
    public void Undecodable_bytes_shorter_than_the_head_are_shown_without_the_ellipsis() =>
        SafeHex.Undecodable(Hex("60 00 03 00 00 AB")).Should().Be("6 bytes, head 6000030000AB");

    [Fact]
    public void A_head_that_starts_like_a_tpdu_is_shown_in_clear_though_it_is_all_digits() =>
        SafeHex.Head(Hex("60 00 03 00 00 60 31 00 31 00 00 02 10 FF")).Should().Be("60000300006031003100000210");

    [Fact]
    public void A_head_that_is_not_message_shaped_keeps_only_the_first_six_characters_of_a_long_digit_run() =>
        SafeHex.Head(Hex("AB 62 58 07 00 12 34 56 73 D2 81 11 01 12 30 FF"))
            .Should().Be("AB625807" + new string('*', 18));

    [Fact]
    public void A_digit_run_the_head_cuts_is_masked_however_short_as_its_digits_may_go_on() =>
        SafeHex.Head(Hex("AB AB AB AB AB AB AB AB AB 62 22 02 02 00 11 22 33 44"))
            .Should().Be("ABABABABABABABABAB622202**");

    [Fact]
    public void Short_digit_runs_inside_the_head_stay_readable() =>
        SafeHex.Head(Hex("AB CD 12 34 EF")).Should().Be("ABCD1234EF");

    [Fact]
    public void A_long_message_shows_no_run_of_its_card_number()
    {
        var body = new byte[600];
        Array.Fill(body, (byte)0xEE);
        // The PAN straddles byte 512, where the old dump was cut, with 11 of its digits before it.
        body[506] = 0xE6;
        Hex("22 02 02 00 11 22 33 44 6F").CopyTo(body, 507);

        var logged = SafeHex.Undecodable(body) + SafeHex.ForLog(body);

        logged.Should().StartWith("600 bytes");
        NoSevenDigitsOf(DebitPan, logged);
    }

    [Fact]
    public void A_decoded_message_is_shown_with_pan_and_pin_block_masked_and_the_rest_readable()
    {
        var body = EncodedSale();

        var hex = SafeHex.Masked(body, Iso8583Codec.Decode(body));

        hex.Should().NotContain(DebitPan).And.NotContain("A1B2C3D4");
        hex.Should().Contain("622202*********3446").And.Contain("000000001234").And.Contain("0200");
    }

    [Fact]
    public void Working_keys_in_a_sign_in_answer_are_masked()
    {
        var keys = Convert.FromHexString("00112233445566778899AABBCCDDEEFF");
        var message = new Iso8583Message("0810").Set(62, keys);

        SafeHex.Masked([0x08, 0x10, .. keys], message).Should().Be("0810" + new string('*', 32));
    }

    [Fact]
    public void Track_data_keeps_only_the_masked_pan()
    {
        var message = new Iso8583Message("0200").Set(35, CreditTrack2);

        var hex = SafeHex.Masked(Convert.FromHexString("0200" + "27" + CreditTrack2.Replace('=', 'D') + "0"), message);

        hex.Should().Be("0200" + "27" + "625807******5673" + new string('*', 11) + "0");
    }

    [Fact]
    public void Bytes_of_unknown_meaning_are_masked_by_field_when_they_decode_and_cut_to_the_head_when_not()
    {
        var body = EncodedSale();

        SafeHex.ForLog(body).Should().Be(SafeHex.Masked(body, Iso8583Codec.Decode(body)));
        SafeHex.ForLog([.. body, 0x00]).Should().StartWith($"head {Convert.ToHexString(body, 0, SafeHex.HeadLength)}… (not a message: 1 unexpected bytes");
    }

    internal static void NoSevenDigitsOf(string pan, string logged)
    {
        for (var i = 0; i + 7 <= pan.Length; i++)
            logged.Should().NotContain(pan.Substring(i, 7), "no run of the card number past its first six digits may be logged");
    }
}
