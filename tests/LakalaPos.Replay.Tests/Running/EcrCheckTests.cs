using FluentAssertions;
using LakalaPos.Replay.Tests.Fakes;
using Xunit;

namespace LakalaPos.Replay.Tests.Running;

/// <summary>
/// The register's lines: <c>ecr sale/refund/void/query</c> ask the terminal, each with a request id
/// of its own; <c>expect ecr</c> checks the answer to the last request (amount in yuan).
/// </summary>
public sealed class EcrCheckTests
{
    private static readonly Dictionary<string, string> Approved = new()
    {
        ["result"] = "APPROVED", ["voucher"] = "000002", ["rrn"] = "123456789012", ["amount"] = "1900", ["code"] = "00",
    };

    [Fact]
    public void Ecr_lines_ask_the_terminal_with_a_new_request_id_each()
    {
        var target = new FakeReplayTarget();

        Script.Run(target, "ecr sale A1001 \"可乐:2:3.50\" \"面包:1:12\"", "ecr refund A1001 \"可乐:1\"", "ecr void A1001", "ecr query A1001").Passed.Should().BeTrue();

        target.Calls.Where(c => c.StartsWith("ecr", StringComparison.Ordinal)).Should().Equal(
            "ecr sale A1001 R0001 可乐x2@350 面包x1@1200",
            "ecr refund A1001 R0002 可乐x1@0",
            "ecr void A1001 R0003",
            "ecr query A1001 R0004");
    }

    [Fact]
    public void Expect_ecr_passes_on_the_answers_fields_with_the_amount_in_yuan()
    {
        var target = new FakeReplayTarget().On("ecr sale A1 R0001 Ax1@1900", t => t.EcrAnswer = Approved);

        Script.Run(target, "ecr sale A1 \"A:1:19\"", "expect ecr result=APPROVED voucher=000002 amount=19.00 code=00").Passed.Should().BeTrue();
    }

    [Fact]
    public void Expect_ecr_fails_naming_what_differs()
    {
        var target = new FakeReplayTarget().On("ecr sale A1 R0001 Ax1@1900", t => t.EcrAnswer = Approved);

        var result = Script.Run(target, "ecr sale A1 \"A:1:19\"", "expect ecr result=ERROR amount=19.00");

        result.Message.Should().Be("expected ecr result=ERROR, was result=APPROVED");
    }

    [Fact]
    public void Expect_ecr_fails_when_the_last_request_has_no_answer_yet()
    {
        var target = new FakeReplayTarget().On("ecr sale A1 R0001 Ax1@1900", t => t.EcrAnswer = Approved);

        var result = Script.Run(target, "ecr sale A1 \"A:1:19\"", "ecr sale A2 \"A:1:19\"", "expect ecr result=APPROVED");

        result.Message.Should().Contain("no answer to its last request yet");
    }
}
