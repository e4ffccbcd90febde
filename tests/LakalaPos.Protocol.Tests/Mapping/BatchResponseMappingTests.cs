using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Mapping;

namespace LakalaPos.Protocol.Tests.Mapping;

/// <summary>The 0510 verdict and the 0330 answer in the terminal's terms.</summary>
public class BatchResponseMappingTests
{
    private static readonly string DomesticTotals = "000000123456" + "007" + "000000005000" + "002";
    private static readonly string ForeignZeros = new('0', 31);

    private static Iso8583Message SettlementAnswer(string? field48, string code = "00")
    {
        var answer = new Iso8583Message("0510").Set(11, "000009").Set(39, code).Set(15, "1122");
        return field48 is null ? answer : answer.Set(48, field48);
    }

    [Theory]
    [InlineData('1', SettlementResult.Balanced)]
    [InlineData('2', SettlementResult.Unbalanced)]
    [InlineData('3', SettlementResult.Error)]
    public void Each_verdict_digit_of_a_0510_becomes_the_settlement_result(char digit, SettlementResult expected)
    {
        var response = HostResponseMapper.FromMessage(SettlementAnswer(DomesticTotals + digit + ForeignZeros));

        response.Settlement.Should().Be(expected);
        response.SettlementDate.Should().Be("1122");
        response.Approved.Should().BeTrue();
    }

    [Fact]
    public void A_0510_without_field_48_gives_no_verdict() =>
        HostResponseMapper.FromMessage(SettlementAnswer(null, "96")).Settlement.Should().BeNull();

    [Fact]
    public void A_0510_echoing_verdict_0_gives_no_verdict() =>
        HostResponseMapper.FromMessage(SettlementAnswer(DomesticTotals + "0" + ForeignZeros)).Settlement.Should().BeNull();

    [Fact]
    public void A_verdict_digit_other_than_0_to_3_makes_the_answer_malformed() =>
        FluentActions.Invoking(() => HostResponseMapper.FromMessage(SettlementAnswer(DomesticTotals + "7" + ForeignZeros)))
            .Should().Throw<Iso8583FormatException>()
            .WithMessage("field 48 of answer 0510: settlement verdict digit '7' is not 1 (balanced), 2 (unbalanced) or 3 (error)");

    [Fact]
    public void A_0510_field_48_of_the_wrong_length_makes_the_answer_malformed() =>
        FluentActions.Invoking(() => HostResponseMapper.FromMessage(SettlementAnswer(DomesticTotals + "1")))
            .Should().Throw<Iso8583FormatException>()
            .WithMessage("field 48 of answer 0510: field 48 has 31 characters, a settlement block has 62 digits");

    [Fact]
    public void An_unreadable_field_48_of_an_approved_0510_makes_the_answer_malformed() =>
        FluentActions.Invoking(() => HostResponseMapper.Map(new DecodedMessage(SettlementAnswer(null),
                [new UnreadableField(48, "field 48 (additional data) at offset 30: bad BCD: nibble F at digit 3 is not a decimal digit", 32, 31)])))
            .Should().Throw<Iso8583FormatException>().WithMessage("answer 0510: field 48 (additional data)*bad BCD*");

    [Fact]
    public void A_declined_0510_is_not_read_for_a_verdict_whatever_its_field_48()
    {
        HostResponseMapper.FromMessage(SettlementAnswer(DomesticTotals + "7" + ForeignZeros, code: "96")).Settlement.Should().BeNull();
        HostResponseMapper.Map(new DecodedMessage(SettlementAnswer(null, code: "96"), [new UnreadableField(48, "bad BCD", 32, 31)]))
            .Response.ResponseCode.Should().Be("96");
    }

    [Fact]
    public void Field_48_of_other_answers_is_not_read_as_a_verdict() =>
        HostResponseMapper.FromMessage(new Iso8583Message("0330").Set(11, "000010").Set(39, "00").Set(48, "00"))
            .Settlement.Should().BeNull();

    [Fact]
    public void A_0330_gives_its_response_code() =>
        HostResponseMapper.FromMessage(new Iso8583Message("0330").Set(11, "000010").Set(39, "96")).ResponseCode.Should().Be("96");
}
