using FluentAssertions;
using LakalaPos.Core.Engine;
using Xunit;

namespace LakalaPos.Core.Tests.Engine;

public class TimerSetTests
{
    private static readonly TimeSpan T0 = TimeSpan.FromMinutes(3);

    [Fact]
    public void Due_timers_come_out_earliest_first_and_only_once()
    {
        var timers = new TimerSet();
        var late = timers.Start("late", T0 + TimeSpan.FromSeconds(10));
        var early = timers.Start("early", T0 + TimeSpan.FromSeconds(3));
        timers.Start("future", T0 + TimeSpan.FromSeconds(60));

        timers.TakeDue(T0 + TimeSpan.FromSeconds(10)).Should().Equal(early, late);
        timers.TakeDue(T0 + TimeSpan.FromSeconds(10)).Should().BeEmpty();
        timers.NextDue.Should().Be(T0 + TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Timers_due_at_the_same_instant_keep_their_start_order()
    {
        var timers = new TimerSet();
        var a = timers.Start("a", T0);
        var b = timers.Start("b", T0);
        timers.TakeDue(T0).Should().Equal(a, b);
    }

    [Fact]
    public void A_cancelled_timer_never_fires()
    {
        var timers = new TimerSet();
        var t = timers.Start("t", T0);
        timers.Cancel(t);
        timers.TakeDue(T0 + TimeSpan.FromHours(1)).Should().BeEmpty();
        timers.NextDue.Should().BeNull();
    }

    [Fact]
    public void The_next_acting_deadline_passes_over_timers_that_only_redraw()
    {
        var timers = new TimerSet();
        timers.Start("clock", T0, redrawOnly: true);
        timers.NextActingDue.Should().BeNull();
        timers.NextDue.Should().Be(T0);

        timers.Start("prompt", T0 + TimeSpan.FromSeconds(60));

        timers.NextActingDue.Should().Be(T0 + TimeSpan.FromSeconds(60));
    }
}
