using FluentAssertions;
using LakalaPos.Iso8583.Messages;
using static LakalaPos.Iso8583.Tests.Bytes;

namespace LakalaPos.Iso8583.Tests.Messages;

/// <summary>What the decoder refuses, and that its texts say which field and where.</summary>
public class DecodeErrorTests
{
    private static Action Decoding(string hex) => () => Iso8583Codec.Decode(Hex(hex));

    [Fact]
    public void Fewer_bytes_than_the_fixed_front_are_truncated() =>
        Decoding("60 00 00 00 03 60 31").Should().Throw<Iso8583FormatException>().WithMessage("message truncated: 7 bytes*need 21");

    [Fact]
    public void Mti_that_is_not_bcd_is_refused() =>
        Decoding("60 00 00 00 03  60 31 00 31 00 00  0A 10  00 00 00 00 00 00 00 00")
            .Should().Throw<Iso8583FormatException>().WithMessage("MTI at offset 11: bad BCD*");

    [Fact]
    public void Secondary_bitmap_bit_is_unsupported() =>
        Decoding($"{AnswerFront}  80 00 00 00 00 00 00 00").Should().Throw<Iso8583FormatException>()
            .WithMessage("bitmap at offset 13: bit 1 is set, a secondary bitmap is not supported");

    [Fact]
    public void A_field_outside_the_table_is_refused() =>
        Decoding($"{AnswerFront}  02 00 00 00 00 00 00 00  11 22 10 00 00").Should().Throw<Iso8583FormatException>()
            .WithMessage("field 7 at offset 21: present in the bitmap but not in the field table");

    [Fact]
    public void A_fixed_field_cut_short_is_truncated() =>
        Decoding($"{AnswerFront}  10 00 00 00 00 00 00 00  00 00 00 00").Should().Throw<Iso8583FormatException>()
            .WithMessage("field 4 (amount (fen)) at offset 21: truncated: needs 6 data bytes at offset 21, only 4 left");

    [Fact]
    public void A_missing_length_prefix_is_truncated() =>
        Decoding($"{AnswerFront}  00 00 00 00 00 00 00 02  00").Should().Throw<Iso8583FormatException>()
            .WithMessage("field 63 (private) at offset 21: truncated: needs length prefix*");

    [Fact]
    public void A_length_prefix_that_is_not_bcd_is_refused() =>
        Decoding($"{AnswerFront}  40 00 00 00 00 00 00 00  1A 62 22").Should().Throw<Iso8583FormatException>()
            .WithMessage("field 2 (primary account number) at offset 21: length prefix is not BCD");

    [Fact]
    public void A_length_over_the_maximum_is_refused() =>
        Decoding($"{AnswerFront}  40 00 00 00 00 00 00 00  20 62 22 02 02 00 11 22 33 44 60").Should().Throw<Iso8583FormatException>()
            .WithMessage("field 2 (primary account number) at offset 21: length 20 is over the maximum 19");

    [Fact]
    public void A_digit_nibble_above_9_is_bad_bcd() =>
        Decoding($"{AnswerFront}  20 00 00 00 00 00 00 00  00 0C 00").Should().Throw<Iso8583FormatException>()
            .WithMessage("field 3 (processing code) at offset 21: bad BCD: nibble C at digit 4*");

    [Fact]
    public void Nibble_D_outside_track_data_is_bad_bcd() =>
        Decoding($"{AnswerFront}  40 00 00 00 00 00 00 00  03 6D 20").Should().Throw<Iso8583FormatException>()
            .WithMessage("field 2 *bad BCD: nibble D*");

    [Fact]
    public void A_pad_nibble_that_is_not_zero_is_refused() =>
        Decoding($"{AnswerFront}  00 00 04 00 00 00 00 00  02 15").Should().Throw<Iso8583FormatException>()
            .WithMessage("field 22 (entry mode) at offset 21: bad BCD: pad nibble 5 is not 0");

    [Fact]
    public void Text_bytes_above_ascii_are_refused_in_ascii_fields() =>
        Decoding($"{AnswerFront}  00 00 00 00 02 00 00 00  30 C8").Should().Throw<Iso8583FormatException>()
            .WithMessage("field 39 (response code) at offset 21: byte C8 is not ASCII text");

    [Theory]
    [InlineData("00 02  81 20", "a lead byte followed by a space")]
    [InlineData("00 01  81", "a lead byte at the end")]
    [InlineData("00 02  80 41", "0x80, which GB18030 does not use")]
    [InlineData("00 02  FF FF", "0xFF")]
    [InlineData("00 04  84 31 A5 30", "a four-byte sequence past the last one defined")]
    public void Field_63_that_is_not_gb18030_is_refused(string field63, string because) =>
        Decoding($"{AnswerFront}  00 00 00 00 00 00 00 02  {field63}").Should().Throw<Iso8583FormatException>(because)
            .WithMessage("field 63 (private) at offset 21: is not valid GB18030");

    [Fact]
    public void Field_63_decodes_gb18030() =>
        Iso8583Codec.Decode(Hex($"{AnswerFront}  00 00 00 00 00 00 00 02  00 11  43 55 50  D3 E0 B6 EE B2 BB D7 E3"))
            .GetText(63).Should().Be("CUP余额不足");

    [Fact]
    public void Utf8_chinese_in_field_63_is_not_gb18030() =>
        // 余 in UTF-8 is E4 BD 99: E4 BD is a GB18030 pair (浣), 99 a lead byte with nothing after it.
        Decoding($"{AnswerFront}  00 00 00 00 00 00 00 02  00 06  43 55 50  E4 BD 99").Should().Throw<Iso8583FormatException>()
            .WithMessage("field 63 (private) at offset 21: is not valid GB18030");

    [Fact]
    public void Bytes_after_the_last_field_are_refused() =>
        Decoding($"{AnswerFront}  00 00 00 00 02 00 00 00  30 30 FF").Should().Throw<Iso8583FormatException>()
            .WithMessage("1 unexpected bytes after the last field, at offset 23");

    [Fact]
    public void The_offset_named_is_where_the_failing_field_starts() =>
        Decoding($"{AnswerFront}  20 00 00 00 02 00 00 00  00 00 00  30").Should().Throw<Iso8583FormatException>()
            .WithMessage("field 39 (response code) at offset 24:*");
}
