using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Terminal.Replay;
using Xunit;

namespace LakalaPos.Terminal.Tests.Replay;

/// <summary>
/// A replay's <c>wait</c> jumps the virtual clock deadline by deadline through the timers that act,
/// and fires the redraw-only ones (the idle clock, the host wait's countdown) once at the end: a
/// month at idle costs what is due, not 44,640 redraws of the clock line.
/// </summary>
public sealed class ClockJumpTests : IDisposable
{
    private readonly ReplayTerminal _terminal = new(RepositoryRoot.Combine("hardware-profiles"));

    public ClockJumpTests()
    {
        _terminal.Boot();
        foreach (var key in "01")
            _terminal.PressKey(KeyExtensions.FromDigit(key));
        _terminal.PressKey(Key.Enter);
        foreach (var key in "0000")
            _terminal.PressKey(KeyExtensions.FromDigit(key));
        _terminal.PressKey(Key.Enter);
    }

    private int ClockRedraws => _terminal.FullLog.Count(l => l.Contains("Timer clock fired", StringComparison.Ordinal));

    [Fact]
    public void A_month_at_idle_redraws_the_clock_once_and_shows_the_time_at_its_end()
    {
        var before = ClockRedraws;

        _terminal.Advance(TimeSpan.FromDays(31));

        (ClockRedraws - before).Should().Be(1);
        string.Join('\n', _terminal.ScreenRows).Should().Contain("2026-12-23 10:00");
    }

    [Fact]
    public void Timers_that_act_still_fire_at_their_time_inside_a_jump()
    {
        // The main menu's prompt time-out (60 s) acts: an hour's wait leaves the menu for "操作超时" and then idle.
        _terminal.PressKey(Key.Menu);
        string.Join('\n', _terminal.ScreenRows).Should().Contain("主菜单");

        _terminal.Advance(TimeSpan.FromHours(1));

        _terminal.FullLog.Should().Contain(l => l.Contains("timed out waiting for the operator", StringComparison.Ordinal));
        string.Join('\n', _terminal.ScreenRows).Should().Contain("请刷卡/插卡/挥卡").And.Contain("2026-11-22 11:00");
    }

    public void Dispose() => _terminal.Dispose();
}
