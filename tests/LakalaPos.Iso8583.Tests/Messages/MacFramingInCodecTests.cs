using FluentAssertions;
using LakalaPos.Iso8583.Messages;
using static LakalaPos.Iso8583.Tests.Bytes;

namespace LakalaPos.Iso8583.Tests.Messages;

/// <summary>Field 64: what the MAC covers and where it goes.</summary>
public class MacFramingInCodecTests
{
    private static readonly Iso8583Message Sale = new Iso8583Message("0200")
        .Set(3, "000000").Set(4, "000000001234").Set(11, "000002").Set(63, "RM1");

    [Fact]
    public void Mac_covers_the_bytes_from_the_mti_to_the_end_of_field_63()
    {
        byte[]? covered = null;
        var body = Iso8583Codec.EncodeWithMac(Sale, data => { covered = data.ToArray(); return new byte[8]; });

        var plainWithBit64 = Iso8583Codec.Encode(Sale);
        plainWithBit64[20] |= 0x01;
        covered.Should().Equal(plainWithBit64[11..]);
        body.Length.Should().Be(plainWithBit64.Length + 8);
    }

    [Fact]
    public void Mac_is_appended_as_field_64_with_its_bitmap_bit_set()
    {
        var body = Iso8583Codec.EncodeWithMac(Sale, _ => Hex("01 02 03 04 05 06 07 08"));

        body[^8..].Should().Equal(Hex("01 02 03 04 05 06 07 08"));
        (body[20] & 0x01).Should().Be(1);
        Iso8583Codec.Decode(body).GetBinary(64).Should().Equal(Hex("01 02 03 04 05 06 07 08"));
    }

    [Fact]
    public void Encoding_with_mac_replaces_any_field_64_and_leaves_the_message_unchanged()
    {
        var message = new Iso8583Message("0200").Set(11, "000002").Set(64, Hex("FF FF FF FF FF FF FF FF"));

        var body = Iso8583Codec.EncodeWithMac(message, _ => new byte[8]);

        body[^8..].Should().Equal(new byte[8]);
        message.GetBinary(64).Should().Equal(Hex("FF FF FF FF FF FF FF FF"));
    }

    [Fact]
    public void Mac_input_of_a_received_body_is_what_the_sender_macked()
    {
        byte[]? covered = null;
        var body = Iso8583Codec.EncodeWithMac(Sale, data => { covered = data.ToArray(); return new byte[8]; });

        Iso8583Codec.MacInput(body).Should().Equal(covered);
    }

    [Fact]
    public void Mac_input_of_a_body_without_field_64_is_refused() =>
        FluentActions.Invoking(() => Iso8583Codec.MacInput(Iso8583Codec.Encode(Sale)))
            .Should().Throw<Iso8583FormatException>().WithMessage("message 0200 carries no field 64 (MAC)");

    [Fact]
    public void A_mac_function_giving_other_than_8_bytes_is_refused() =>
        FluentActions.Invoking(() => Iso8583Codec.EncodeWithMac(Sale, _ => new byte[4]))
            .Should().Throw<Iso8583FormatException>().WithMessage("field 64 (MAC)*gave 4 bytes, 8 needed");
}
