using FluentAssertions;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.Iso8583.Tests.Messages;

/// <summary>The encoder refuses values the field table does not allow, naming the field and never its value.</summary>
public class EncodeValidationTests
{
    private static Action Encoding(int field, string value) => () => Iso8583Codec.Encode(new Iso8583Message("0200").Set(field, value));

    private static Action Encoding(int field, byte[] value) => () => Iso8583Codec.Encode(new Iso8583Message("0200").Set(field, value));

    [Fact]
    public void Fixed_numeric_of_the_wrong_length_is_refused() =>
        Encoding(4, "1234").Should().Throw<Iso8583FormatException>().WithMessage("field 4 (amount (fen)) at offset 21: needs exactly 12 digits, has 4");

    [Fact]
    public void Letters_in_a_numeric_field_are_refused() =>
        Encoding(3, "00A000").Should().Throw<Iso8583FormatException>().WithMessage("field 3 *character 3 is not allowed (only digits 0-9)");

    [Fact]
    public void Variable_field_over_its_maximum_is_refused() =>
        Encoding(2, new string('4', 20)).Should().Throw<Iso8583FormatException>().WithMessage("field 2 *at most 19 digits, has 20");

    [Fact]
    public void Track_data_allows_only_digits_and_the_separator() =>
        Encoding(35, "6222020200112233446^2912").Should().Throw<Iso8583FormatException>().WithMessage("field 35 *character 20 is not allowed*");

    [Fact]
    public void An_field_refuses_punctuation() =>
        Encoding(37, "12345678901-").Should().Throw<Iso8583FormatException>().WithMessage("field 37 *character 12*");

    [Fact]
    public void Ascii_ans_field_refuses_chinese() =>
        Encoding(42, "12345678901234中").Should().Throw<Iso8583FormatException>().WithMessage("field 42 *character 15*");

    [Fact]
    public void Text_fields_refuse_control_characters() =>
        Encoding(63, "CUP\n").Should().Throw<Iso8583FormatException>().WithMessage("field 63 *character 4*");

    [Fact]
    public void Field_63_holds_163_bytes_of_gb18030_eighty_chinese_characters_after_the_organisation()
    {
        var full = "CUP" + new string('中', 80);

        Iso8583Codec.Decode(Iso8583Codec.Encode(new Iso8583Message("0210").Set(63, full))).GetText(63).Should().Be(full);
        Encoding(63, full + "中").Should().Throw<Iso8583FormatException>().WithMessage("field 63 *allows at most 163 bytes, has 165");
    }

    [Fact]
    public void Field_63_refuses_a_character_gb18030_cannot_hold() =>
        Encoding(63, "CUP\ud800").Should().Throw<Iso8583FormatException>().WithMessage("field 63 *cannot be encoded as GB18030");

    [Fact]
    public void Field_63_refuses_a_line_separator_as_it_would_break_the_screen() =>
        Encoding(63, "CUP余额\u2028不足").Should().Throw<Iso8583FormatException>().WithMessage("field 63 *character 6 is not allowed*");

    [Fact]
    public void Binary_field_of_the_wrong_size_is_refused() =>
        Encoding(52, new byte[7]).Should().Throw<Iso8583FormatException>().WithMessage("field 52 (PIN block) *needs exactly 8 bytes, has 7");

    [Fact]
    public void Binary_field_given_as_text_is_refused() =>
        Encoding(62, "00").Should().Throw<Iso8583FormatException>().WithMessage("field 62 *binary (b) but was set as text");

    [Fact]
    public void Text_field_given_as_bytes_is_refused() =>
        Encoding(39, [0x30, 0x30]).Should().Throw<Iso8583FormatException>().WithMessage("field 39 *set as bytes");

    [Fact]
    public void A_field_outside_the_table_is_refused() =>
        Encoding(7, "1122100000").Should().Throw<Iso8583FormatException>().WithMessage("field 7 at offset 21: not in the field table");

    [Fact]
    public void A_tpdu_of_the_wrong_size_is_refused() =>
        FluentActions.Invoking(() => Iso8583Codec.Encode(new Iso8583Message("0800") { Tpdu = [0x60] }))
            .Should().Throw<Iso8583FormatException>().WithMessage("TPDU at offset 0: needs 5 bytes, has 1");

    [Fact]
    public void Error_texts_never_repeat_the_value()
    {
        const string pan = "62220202001122334469";

        Encoding(2, pan).Should().Throw<Iso8583FormatException>().Which.Message.Should().NotContain(pan[..12]);
    }
}
