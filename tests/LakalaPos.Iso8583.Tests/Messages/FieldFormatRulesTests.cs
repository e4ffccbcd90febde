using FluentAssertions;
using LakalaPos.Iso8583.Messages;
using static LakalaPos.Iso8583.Tests.Bytes;

namespace LakalaPos.Iso8583.Tests.Messages;

/// <summary>Each format rule of host-protocol.md, seen in the bytes of a one-field message.</summary>
public class FieldFormatRulesTests
{
    /// <summary>TPDU + header + MTI + bitmap: the 21 bytes in front of the first field.</summary>
    private const int FieldsStart = 21;

    private static byte[] FieldBytes(int field, string value) =>
        Iso8583Codec.Encode(new Iso8583Message("0200").Set(field, value))[FieldsStart..];

    private static byte[] FieldBytes(int field, byte[] value) =>
        Iso8583Codec.Encode(new Iso8583Message("0200").Set(field, value))[FieldsStart..];

    [Fact]
    public void Fixed_odd_length_numeric_is_right_aligned_with_a_leading_zero_nibble() =>
        FieldBytes(23, "001").Should().Equal(Hex("00 01"));

    [Fact]
    public void Field_22_is_left_aligned_with_a_trailing_zero_nibble() =>
        FieldBytes(22, "021").Should().Equal(Hex("02 10"));

    [Fact]
    public void Fixed_even_length_numeric_packs_two_digits_a_byte() =>
        FieldBytes(4, "000000001234").Should().Equal(Hex("00 00 00 00 12 34"));

    [Fact]
    public void Llvar_numeric_has_a_one_byte_bcd_digit_count_and_odd_data_is_left_aligned() =>
        FieldBytes(2, DebitPan).Should().Equal(Hex("19  62 22 02 02 00 11 22 33 44 60"));

    [Fact]
    public void Track_separator_is_nibble_D() =>
        FieldBytes(35, "6222=1234").Should().Equal(Hex("09  62 22 D1 23 40"));

    [Fact]
    public void Lllvar_numeric_has_a_two_byte_bcd_digit_count() =>
        FieldBytes(60, "22000001000").Should().Equal(Hex("00 11  22 00 00 01 00 00"));

    [Fact]
    public void Lllvar_text_counts_characters_and_is_ascii() =>
        FieldBytes(63, "CUP").Should().Equal(Hex("00 03  43 55 50"));

    [Fact]
    public void Field_63_carries_chinese_text_as_gb18030_and_its_prefix_counts_bytes() =>
        FieldBytes(63, "CUP成功").Should().Equal(Hex("00 07  43 55 50  B3 C9  B9 A6"));

    [Fact]
    public void Field_63_with_a_decline_text_has_eleven_bytes() =>
        FieldBytes(63, "CUP余额不足").Should().Equal(Hex("00 11  43 55 50  D3 E0  B6 EE  B2 BB  D7 E3"));

    [Fact]
    public void Field_63_writes_a_character_outside_the_two_byte_range_in_four_bytes() =>
        FieldBytes(63, "CUP\U00020000").Should().Equal(Hex("00 07  43 55 50  95 32 82 36"));

    [Fact]
    public void Lllvar_binary_counts_bytes_and_is_raw() =>
        FieldBytes(55, [0x9F, 0x26, 0x01]).Should().Equal(Hex("00 03  9F 26 01"));

    [Fact]
    public void Fixed_text_is_ascii_without_a_length() =>
        FieldBytes(39, "A0").Should().Equal(Hex("41 30"));

    [Fact]
    public void Fixed_binary_is_raw_without_a_length() =>
        FieldBytes(52, Hex("01 23 45 67 89 AB CD EF")).Should().Equal(Hex("01 23 45 67 89 AB CD EF"));

    [Fact]
    public void Bitmap_marks_each_present_field_most_significant_bit_first()
    {
        var body = Iso8583Codec.Encode(new Iso8583Message("0200").Set(2, "1234567890123").Set(64, new byte[8]));

        body[13..21].Should().Equal(Hex("40 00 00 00 00 00 00 01"));
    }

    [Fact]
    public void Tpdu_header_and_mti_lead_the_body()
    {
        var body = Iso8583Codec.Encode(new Iso8583Message("0800") { Tpdu = Hex("60 00 05 00 01") });

        body.Should().Equal(Hex("60 00 05 00 01  60 31 00 31 00 00  08 00  00 00 00 00 00 00 00 00"));
    }

    [Theory]
    [InlineData(22, "051")]
    [InlineData(23, "001")]
    [InlineData(35, "6222020200112233446=2912201")]
    [InlineData(36, "996222020200112233446=1561560000000000001003")]
    [InlineData(2, "6258070012345673")]
    [InlineData(48, "0000000012340010000000000000000")]
    [InlineData(61, "00000000000000001120")]
    [InlineData(63, "CUP交易成功 Approved")]
    [InlineData(44, "12345678901 12345678901")]
    public void Every_text_format_round_trips(int field, string value)
    {
        var decoded = Iso8583Codec.Decode(Iso8583Codec.Encode(new Iso8583Message("0210").Set(field, value)));

        decoded.GetText(field).Should().Be(value);
    }

    [Fact]
    public void A_full_message_round_trips_with_tpdu_header_and_binary_fields()
    {
        var original = new Iso8583Message("0210") { Tpdu = Hex("60 00 00 00 03"), Header = Hex("60 31 00 33 00 00") }
            .Set(2, DebitPan).Set(3, "000000").Set(4, "000000001234").Set(11, "000002").Set(39, "00")
            .Set(54, "0002156C000000012345").Set(55, [0x91, 0x0A]).Set(62, new byte[40]).Set(64, Hex("11 22 33 44 55 66 77 88"));

        var decoded = Iso8583Codec.Decode(Iso8583Codec.Encode(original));

        decoded.Mti.Should().Be("0210");
        decoded.Tpdu.Should().Equal(original.Tpdu);
        decoded.Header.Should().Equal(original.Header);
        decoded.FieldNumbers.Should().Equal(original.FieldNumbers);
        foreach (var field in original.FieldNumbers)
            decoded.GetDisplay(field).Should().Be(original.GetDisplay(field), $"field {field}");
    }
}
