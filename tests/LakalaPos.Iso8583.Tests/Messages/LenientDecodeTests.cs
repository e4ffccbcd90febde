using FluentAssertions;
using LakalaPos.Iso8583.Messages;
using static LakalaPos.Iso8583.Tests.Bytes;

namespace LakalaPos.Iso8583.Tests.Messages;

/// <summary>
/// DecodeLenient: a field whose content cannot be read is left out and listed with where it sits;
/// anything wrong with the structure still refuses the whole message.
/// </summary>
public class LenientDecodeTests
{
    /// <summary>Bitmap 11, 39, 63: trace 000002, response code 51, then field 63 as given.</summary>
    private static string With63(string field63) => $"{AnswerFront}  00 20 00 00 02 00 00 02  00 00 02  35 31  {field63}";

    private static DecodedMessage Lenient(string hex) => Iso8583Codec.DecodeLenient(Hex(hex));

    [Fact]
    public void Text_that_is_not_gb18030_is_listed_and_the_rest_of_the_message_is_read()
    {
        var decoded = Lenient(With63("00 05  43 55 50  81 20"));

        decoded.Message.GetText(11).Should().Be("000002");
        decoded.Message.GetText(39).Should().Be("51");
        decoded.Message.Has(63).Should().BeFalse();
        decoded.Unreadable.Should().ContainSingle().Which.Should().Be(
            new UnreadableField(63, "field 63 (private) at offset 26: is not valid GB18030", Offset: 28, Length: 5));
        decoded.ProblemWith(63).Should().NotBeNull();
        decoded.ProblemWith(39).Should().BeNull();
    }

    [Theory]
    [InlineData("00 02 00 00 00 00 00 00  12 3C", 15, "bad BCD: nibble C at digit 4 is not a decimal digit")]
    [InlineData("00 00 04 00 00 00 00 00  02 15", 22, "bad BCD: pad nibble 5 is not 0")]
    [InlineData("00 00 00 00 02 00 00 00  30 C8", 39, "byte C8 is not ASCII text")]
    [InlineData("00 00 00 00 04 00 00 00  41 42 2D 31 32 33", 38, "character 3 is not allowed (only letters, digits and space)")]
    [InlineData("00 00 00 00 00 00 00 02  00 04  43 55 50 0A", 63, "character 4 is not allowed (only printable characters)")]
    [InlineData("00 00 00 00 00 00 04 00  00 04  30 30 30 FF", 54, "byte FF is not ASCII text")]
    public void Each_kind_of_content_problem_is_listed_instead_of_thrown(string fields, int field, string problem)
    {
        var decoded = Lenient($"{AnswerFront}  {fields}");

        decoded.Unreadable.Should().ContainSingle().Which.Problem.Should().EndWith(problem).And.StartWith($"field {field} ");
        decoded.Message.FieldNumbers.Should().BeEmpty();
        FluentActions.Invoking(() => Iso8583Codec.Decode(Hex($"{AnswerFront}  {fields}")))
            .Should().Throw<Iso8583FormatException>("the strict decoder refuses what the lenient one lists").WithMessage($"*{problem}");
    }

    [Theory]
    [InlineData("00 00 00 00 00 00 00 02  0A 03  43 55 50", "length prefix is not BCD")]
    [InlineData("00 00 00 00 00 00 00 02  01 64  43", "length 164 is over the maximum 163")]
    [InlineData("00 00 00 00 00 00 00 02  00 05  43 55 50", "truncated: needs 5 data bytes*")]
    [InlineData("00 00 00 00 02 00 00 00  30 30 FF", "1 unexpected bytes after the last field*")]
    [InlineData("80 00 00 00 00 00 00 00", "*secondary bitmap*")]
    [InlineData("02 00 00 00 00 00 00 00  11 22 10 00 00", "*not in the field table")]
    public void A_structural_problem_still_refuses_the_whole_message(string fields, string problem) =>
        FluentActions.Invoking(() => Lenient($"{AnswerFront}  {fields}")).Should().Throw<Iso8583FormatException>().WithMessage($"*{problem}");

    [Fact]
    public void A_readable_message_has_nothing_unreadable()
    {
        var decoded = Lenient(With63("00 11  43 55 50  D3 E0 B6 EE B2 BB D7 E3"));

        decoded.Unreadable.Should().BeEmpty();
        decoded.Message.GetText(63).Should().Be("CUP余额不足");
    }

    [Fact]
    public void Several_unreadable_fields_are_each_listed_in_field_order()
    {
        // 15 with a nibble C, 39 with a byte C8, 63 not GB18030.
        var decoded = Lenient($"{AnswerFront}  00 02 00 00 02 00 00 02  12 3C  30 C8  00 02 81 20");

        decoded.Unreadable.Select(u => u.Field).Should().Equal(15, 39, 63);
        decoded.Message.FieldNumbers.Should().BeEmpty();
    }

    [Fact]
    public void Binary_fields_are_never_unreadable() =>
        Lenient($"{AnswerFront}  00 00 00 00 00 00 00 01  FF FF FF FF FF FF FF FF").Message.GetBinary(64).Should().HaveCount(8);

    [Fact]
    public void The_first_use_of_gb18030_from_many_threads_at_once_gives_every_thread_the_same_text()
    {
        var bytes = Hex(With63("00 11  43 55 50  D3 E0 B6 EE B2 BB D7 E3"));

        var texts = Enumerable.Range(0, 32).AsParallel().Select(_ => Iso8583Codec.DecodeLenient(bytes).Message.GetText(63)).ToList();

        texts.Should().AllBe("CUP余额不足");
    }
}
