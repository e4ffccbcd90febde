using FluentAssertions;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Mapping;

namespace LakalaPos.Protocol.Tests.Mapping;

/// <summary>An answer message in the terminal's terms.</summary>
public class ResponseMappingTests
{
    private static Iso8583Message Answer(string code = "00") => new Iso8583Message("0210").Set(11, "000002").Set(39, code);

    [Fact]
    public void Approved_answer_gives_code_rrn_auth_code_and_settlement_date()
    {
        var response = HostResponseMapper.FromMessage(Answer().Set(37, "123456789012").Set(38, "AB12  ").Set(15, "1122"));

        response.ResponseCode.Should().Be("00");
        response.Approved.Should().BeTrue();
        response.Rrn.Should().Be("123456789012");
        response.AuthCode.Should().Be("AB12");
        response.SettlementDate.Should().Be("1122");
    }

    [Fact]
    public void Field_63_text_after_the_card_organisation_is_the_host_text()
    {
        var answer = Answer("51").Set(63, "CUP余额不足");

        HostResponseMapper.FromMessage(answer).Text.Should().Be("余额不足");
        HostResponseMapper.CardOrganisation(answer).Should().Be("CUP");
    }

    [Fact]
    public void Field_63_with_only_the_card_organisation_gives_no_text() =>
        HostResponseMapper.FromMessage(Answer().Set(63, "CUP")).Text.Should().BeNull();

    [Theory]
    [InlineData("0002156C000000012345", 12345)]
    [InlineData("0002156D000000000100", -100)]
    public void Field_54_balance_block_gives_the_balance_in_fen(string field54, long fen)
    {
        HostResponseMapper.FromMessage(Answer().Set(54, field54)).BalanceFen.Should().Be(fen);
        BalanceField.Format(fen).Should().Be(field54);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0002156X000000012345")]
    [InlineData("000215 C000000012345")]
    public void Field_54_that_is_no_balance_block_gives_no_balance_and_is_listed_as_ignored(string field54)
    {
        var mapped = HostResponseMapper.Map(DecodedMessage.Whole(Answer().Set(54, field54)));

        mapped.Response.Approved.Should().BeTrue();
        mapped.Response.BalanceFen.Should().BeNull();
        mapped.Ignored.Should().ContainSingle().Which.Should().Be(
            $"field 54 (balance) of answer 0210 is not a 20-character balance block ({field54.Length} characters)");
    }

    [Fact]
    public void An_unreadable_field_63_gives_no_host_text_and_the_code_stands()
    {
        var decoded = new DecodedMessage(Answer("51"), [new UnreadableField(63, "field 63 (private) at offset 29: is not valid GB18030", 31, 5)]);

        var response = HostResponseMapper.Map(decoded).Response;

        response.ResponseCode.Should().Be("51");
        response.Text.Should().BeNull();
    }

    [Fact]
    public void An_unreadable_field_39_is_a_format_error_that_says_why() =>
        FluentActions.Invoking(() => HostResponseMapper.Map(new DecodedMessage(new Iso8583Message("0210").Set(11, "000002"),
                [new UnreadableField(39, "field 39 (response code) at offset 24: byte C8 is not ASCII text", 24, 2)])))
            .Should().Throw<Iso8583FormatException>().WithMessage("answer 0210: field 39 (response code) at offset 24: byte C8 is not ASCII text");

    [Fact]
    public void An_answer_without_field_39_is_a_format_error() =>
        FluentActions.Invoking(() => HostResponseMapper.FromMessage(new Iso8583Message("0210")))
            .Should().Throw<Iso8583FormatException>().WithMessage("answer 0210 has no field 39 (response code)");

    [Fact]
    public void Header_processing_requirement_3_asks_for_a_new_sign_in()
    {
        var answer = Answer();
        answer.Header = Iso8583Header.WithProcessingRequirement(answer.Header, 3);

        answer.Header.Should().Equal(0x60, 0x31, 0x03, 0x31, 0x00, 0x00);
        HostResponseMapper.FromMessage(answer).SignInRequested.Should().BeTrue();
    }

    [Fact]
    public void The_default_header_asks_for_nothing() =>
        HostResponseMapper.FromMessage(Answer()).SignInRequested.Should().BeFalse();

    [Fact]
    public void Refund_method_codes_read_back() =>
        RefundMethodCode.Parse("RM2").Should().Be(RefundDestination.BalanceAccount);
}
