using FluentAssertions;
using LakalaPos.Ecr.Messages;

namespace LakalaPos.Ecr.Tests.Messages;

/// <summary>The terminal's answers: the result, the reason, what the register prints and keeps.</summary>
public class TerminalAnswerTests
{
    private static readonly TerminalAnswer Approved = new()
    {
        Id = "R1", Request = "SALE", Order = "A1", Result = AnswerResult.Approved, Message = "交易成功", Code = "00",
        AmountFen = 1900, Voucher = "000002", Batch = "000001", Rrn = "123456789012", Auth = "A1B2C3",
        Card = "622202******3446", Time = "20261130101500",
    };

    [Fact]
    public void An_answer_is_written_field_by_field_in_a_fixed_order() =>
        Approved.ToMessage().Format().Should().Be(
            "ver=1\ntype=ANSWER\nid=R1\nrequest=SALE\norder=A1\nresult=APPROVED\nmessage=交易成功\ncode=00\namount=1900\n"
            + "voucher=000002\nbatch=000001\nrrn=123456789012\nauth=A1B2C3\ncard=622202******3446\ntime=20261130101500");

    [Fact]
    public void An_answer_reads_back_as_it_was_written() =>
        TerminalAnswer.Parse(Approved.ToMessage().Format()).Should().BeEquivalentTo(Approved);

    [Fact]
    public void A_query_answer_carries_the_sale_status_and_a_line_per_item()
    {
        var query = new TerminalAnswer
        {
            Id = "R9", Request = "QUERY", Order = "A1", Result = AnswerResult.Approved, Status = "APPROVED",
            Lines = [new("可乐", 2, 350, 1), new("面包", 1, 1200, 0)],
        };

        var body = query.ToMessage().Format();

        body.Should().EndWith("status=APPROVED\nline=可乐|2|350|1\nline=面包|1|1200|0");
        TerminalAnswer.Parse(body).Should().BeEquivalentTo(query);
    }

    [Fact]
    public void A_reason_the_register_does_not_know_yet_is_kept_as_text() =>
        TerminalAnswer.Parse("ver=1\ntype=ANSWER\nid=R1\nrequest=SALE\norder=A1\nresult=ERROR\nreason=PAPER_JAM\nextra=1")
            .Reason.Should().Be("PAPER_JAM");

    [Theory]
    [InlineData("ver=1\ntype=SALE\nid=R1", "type SALE is not ANSWER")]
    [InlineData("ver=1\ntype=ANSWER\nid=R1\nrequest=SALE\norder=A1", "result is missing")]
    [InlineData("ver=1\ntype=ANSWER\nid=R1\nrequest=SALE\norder=A1\nresult=MAYBE", "result MAYBE is not APPROVED, DECLINED or ERROR")]
    [InlineData("ver=1\ntype=ANSWER\nid=R1\nrequest=SALE\norder=A1\nresult=ERROR\namount=1.00", "amount 1.00 is not fen")]
    public void An_answer_that_does_not_read_is_refused_with_the_reason(string body, string reason) =>
        FluentActions.Invoking(() => TerminalAnswer.Parse(body)).Should().Throw<EcrFormatException>().WithMessage(reason);

    [Theory]
    [InlineData("OrderUsed", "ORDER_USED")]
    [InlineData("Busy", "BUSY")]
    [InlineData("AlreadyRefunded", "ALREADY_REFUNDED")]
    public void Reasons_are_written_in_upper_snake_case(string name, string wire) =>
        WireNames.UpperSnake(name).Should().Be(wire);
}
