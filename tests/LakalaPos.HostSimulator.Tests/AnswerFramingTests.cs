using LakalaPos.HostSimulator.Processing;

namespace LakalaPos.HostSimulator.Tests;

public class AnswerFramingTests
{
    [Theory]
    [InlineData("0200", "0210")]
    [InlineData("0220", "0230")]
    [InlineData("0400", "0410")]
    [InlineData("0800", "0810")]
    [InlineData("0820", "0830")]
    public void The_answer_MTI_is_the_request_MTI_with_its_function_digit_raised(string request, string answer)
    {
        Answers.ResponseMti(request).Should().Be(answer);
    }

    [Fact]
    public void The_answer_TPDU_swaps_destination_and_source()
    {
        Answers.SwapTpdu([0x60, 0x00, 0x03, 0x00, 0x00]).Should().Equal(0x60, 0x00, 0x00, 0x00, 0x03);
    }

    [Fact]
    public void Reference_numbers_are_the_host_date_and_the_sequence_and_auth_codes_a_permutation_of_it()
    {
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

        ReferenceNumbers.Rrn(now, 42).Should().Be("261122000042");
        Enumerable.Range(1, 5000).Select(i => ReferenceNumbers.AuthCode(i)).Should().OnlyHaveUniqueItems();
    }
}
