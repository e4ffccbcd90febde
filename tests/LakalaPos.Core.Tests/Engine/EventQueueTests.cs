using FluentAssertions;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using Xunit;

namespace LakalaPos.Core.Tests.Engine;

public class EventQueueTests
{
    [Fact]
    public void A_waiter_returns_at_once_when_an_event_is_already_queued()
    {
        var queue = new EventQueue();
        queue.Post(new TerminalEvent.KeyPressed(Key.Enter));

        queue.WaitForEvent(Timeout.InfiniteTimeSpan, CancellationToken.None).Should().BeTrue();
        queue.TryTake(out var evt).Should().BeTrue();
        evt.Should().Be(new TerminalEvent.KeyPressed(Key.Enter));
    }

    [Fact]
    public void A_wait_without_events_ends_at_its_timeout()
    {
        new EventQueue().WaitForEvent(TimeSpan.Zero, CancellationToken.None).Should().BeFalse();
    }

    [Fact]
    public void Wake_ends_a_wait_without_queuing_an_event()
    {
        var queue = new EventQueue();
        queue.Wake();

        queue.WaitForEvent(Timeout.InfiniteTimeSpan, CancellationToken.None).Should().BeTrue();
        queue.TryTake(out _).Should().BeFalse();
    }
}
