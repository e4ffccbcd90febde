using FluentAssertions;
using LakalaPos.Journal.Counting;
using Xunit;

namespace LakalaPos.Journal.Tests.Reliability;

/// <summary>Batch and trace numbers wrap after 999999, so "behind the numbers used" is judged on the ring.</summary>
public sealed class CountersRingTests
{
    [Theory]
    [InlineData(1, 10, 1, 12, true)]          // two traces lost
    [InlineData(1, 12, 1, 12, false)]         // the same
    [InlineData(1, 13, 1, 12, false)]         // ahead: a number taken after the mark was written is fine
    [InlineData(1, 0, 1, 5, true)]            // a fresh counters row against numbers used
    [InlineData(1, 0, 1, 999_999, true)]      // 0 only ever means "nothing taken", never "wrapped"
    [InlineData(1, 3, 1, 999_998, false)]     // wrapped past 999999 to 3: ahead
    [InlineData(1, 999_998, 1, 3, true)]      // the mark wrapped, the journal did not: behind
    [InlineData(2, 50, 3, 50, true)]          // a settlement lost
    [InlineData(999_999, 50, 1, 50, true)]    // a settlement that wrapped the batch, lost
    public void Counters_are_behind_when_less_than_half_the_ring_short_of_the_numbers_used(int batch, int trace, int usedBatch, int usedTrace, bool behind) =>
        new Counters(batch, trace).IsBehind(new Counters(usedBatch, usedTrace)).Should().Be(behind);

    [Fact]
    public void Recovery_moves_each_counter_only_up_to_the_numbers_used()
    {
        new Counters(5, 10).AtLeast(new Counters(4, 20)).Should().Be(new Counters(5, 20));
        new Counters(3, 30).AtLeast(new Counters(4, 20)).Should().Be(new Counters(4, 30));
    }
}
