using FluentAssertions;
using LakalaPos.Replay.Suite;

namespace LakalaPos.Replay.Tests.Parsing;

/// <summary>
/// A syntax error quotes the offending word back, cut to its first 64 characters and its length,
/// so a runaway line (a pasted file, a generator gone wrong) still gives a FAIL line a person can read.
/// </summary>
public class LongInputEchoTests
{
    private static readonly string Long = new('z', 1_000_000);
    private static readonly string Shown = new string('z', 64) + "…(1000000 characters)";

    [Theory]
    [InlineData("WORD", "unknown command 'WORD'")]
    [InlineData("key WORD", "key has no key 'WORD' (keys:")]
    [InlineData("wait WORD", "wait has a bad duration 'WORD'")]
    [InlineData("host next WORD", "host next has no rule 'WORD'")]
    [InlineData("host WORD", "unknown host setting 'WORD'")]
    [InlineData("expect txn WORD", "expect txn has a bad voucher 'WORD'")]
    [InlineData("expect host-sent WORD", "expect host-sent has a bad MTI 'WORD'")]
    [InlineData("expect WORD", "unknown check 'expect WORD'")]
    public void The_word_quoted_back_is_cut(string line, string problem)
    {
        var error = Parse.Error(line.Replace("WORD", Long, StringComparison.Ordinal));

        error.Problem.Should().StartWith(problem.Replace("WORD", Shown, StringComparison.Ordinal));
        error.Problem.Length.Should().BeLessThan(1_000);
    }

    [Fact]
    public void An_unknown_command_line_option_is_cut()
    {
        ReplayArguments.TryParse(["--" + Long], out _, out var error).Should().BeFalse();

        error.Should().Be("unknown option --" + new string('z', 62) + "…(1000002 characters)");
    }
}
