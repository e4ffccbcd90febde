using FluentAssertions;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Parsing.Commands;

namespace LakalaPos.Replay.Tests.Parsing;

/// <summary>
/// A script's clock shows dates from 2000-01-01 00:00:00 to 2099-12-31 23:59:59 (Asia/Shanghai):
/// the century two-digit years name. A date outside is a syntax error at its line, before anything runs.
/// </summary>
public class ClockRangeTests
{
    [Theory]
    [InlineData("clock 2000-01-01 00:00:00", 2000, 1, 1, 0, 0, 0)]
    [InlineData("clock 2099-12-31 23:59:59", 2099, 12, 31, 23, 59, 59)]
    public void The_first_and_the_last_second_of_the_range_are_allowed(string line, int y, int mo, int d, int h, int mi, int s)
    {
        Parse.One<ClockCommand>(line).LocalTime.Should().Be(new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.FromHours(8)));
    }

    [Theory]
    [InlineData("clock 0001-01-01 00:00:00", "0001-01-01 00:00:00")]
    [InlineData("clock 1999-12-31 23:59:59", "1999-12-31 23:59:59")]
    [InlineData("clock 2100-01-01 00:00:00", "2100-01-01 00:00:00")]
    [InlineData("clock 9999-12-31 23:59:59", "9999-12-31 23:59:59")]
    public void A_date_outside_the_range_is_a_syntax_error_naming_the_range(string line, string shown)
    {
        Parse.Error(line).Problem.Should().Be(
            $"clock needs a date from 2000-01-01 00:00:00 to 2099-12-31 23:59:59, got '{shown}' (usage: clock YYYY-MM-DD hh:mm:ss)");
    }

    [Fact]
    public void The_error_names_the_line_of_the_clock()
    {
        var error = Parse.Error("login 01 0000", "# the far past", "clock 0001-01-01 00:00:00", "key ENTER");

        error.Line.Should().Be(3);
        error.Message.Should().StartWith("t.replay:3: clock needs a date from 2000-01-01");
    }

    [Fact]
    public void The_range_is_public_for_whoever_drives_a_terminal_by_script()
    {
        (ReplayClock.Earliest, ReplayClock.Latest).Should().Be((
            new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)),
            new DateTimeOffset(2099, 12, 31, 23, 59, 59, TimeSpan.FromHours(8))));
    }
}
