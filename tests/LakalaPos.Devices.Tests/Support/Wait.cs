using FluentAssertions;

namespace LakalaPos.Devices.Tests.Support;

/// <summary>
/// Bounded waits: a test waiting for a device gives up after <see cref="Limit"/> and fails. The
/// wait sleeps between looks rather than spinning, so the threads it waits for get the processor.
/// </summary>
internal static class Wait
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static void Until(Func<bool> condition, string what)
    {
        var deadline = Environment.TickCount64 + (long)Limit.TotalMilliseconds;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                condition().Should().BeTrue($"{what} within {Limit.TotalSeconds} s");
                return;
            }
            Thread.Sleep(2);
        }
    }
}
