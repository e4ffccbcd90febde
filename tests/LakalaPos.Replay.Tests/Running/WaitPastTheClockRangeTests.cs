using FluentAssertions;
using LakalaPos.Replay.Tests.Fakes;

namespace LakalaPos.Replay.Tests.Running;

/// <summary>A wait that would take the clock past 2099-12-31 23:59:59 fails the script at its line; the terminal never sees it.</summary>
public class WaitPastTheClockRangeTests
{
    private readonly FakeReplayTarget target = new();

    [Fact]
    public void A_wait_past_the_last_second_fails_at_its_line_and_is_not_passed_on()
    {
        var result = Script.Run(target, "clock 2099-12-31 00:00:00", "wait 2d", "key ENTER");

        result.Passed.Should().BeFalse();
        result.Summary.Should().Be(
            "FAIL test.replay:2: wait would take the clock past 2099-12-31 23:59:59, the latest a script's clock may show (it shows 2099-12-31 00:00:00)");
        target.Calls.Should().Equal("boot", "clock 2099-12-31 00:00:00 +08:00");
    }

    [Fact]
    public void A_wait_up_to_the_last_second_is_fine()
    {
        var result = Script.Run(target, "clock 2099-12-31 23:59:00", "wait 59s", "wait 0s");

        result.Passed.Should().BeTrue();
        target.WallClock.Should().Be(new DateTimeOffset(2099, 12, 31, 23, 59, 59, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void Waits_add_up()
    {
        var result = Script.Run(target, "clock 2099-12-30 00:00:00", "wait 1d", "wait 1d");

        result.Summary.Should().StartWith("FAIL test.replay:3: wait would take the clock past 2099-12-31 23:59:59");
    }

    [Fact]
    public void Without_a_clock_line_the_terminal_s_own_start_counts()
    {
        // The terminal starts at 2026-11-22 10:00:00; 36,600 days (the longest wait) reach 2127.
        var result = Script.Run(target, "wait 36600d");

        result.Summary.Should().Be(
            "FAIL test.replay:1: wait would take the clock past 2099-12-31 23:59:59, the latest a script's clock may show (it shows 2026-11-22 10:00:00)");
    }
}
