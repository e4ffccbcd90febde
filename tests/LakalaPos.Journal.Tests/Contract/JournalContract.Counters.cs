using FluentAssertions;
using Xunit;

namespace LakalaPos.Journal.Tests.Contract;

public abstract partial class JournalContract
{
    [Fact]
    public void A_new_journal_is_in_batch_1()
    {
        Journal.CurrentBatch().Should().Be(1);
    }

    [Fact]
    public void SetBatch_changes_the_current_batch()
    {
        Journal.SetBatch(17);

        Journal.CurrentBatch().Should().Be(17);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    public void A_batch_number_outside_1_to_999999_is_refused_and_the_batch_is_unchanged(int batch)
    {
        var set = () => Journal.SetBatch(batch);

        set.Should().Throw<ArgumentOutOfRangeException>();
        Journal.CurrentBatch().Should().Be(1);
    }

    [Fact]
    public void A_new_journal_hands_out_trace_numbers_from_1_upwards()
    {
        Journal.NextTrace().Should().Be(1);
        Journal.NextTrace().Should().Be(2);
        Journal.NextTrace().Should().Be(3);
    }

    [Fact]
    public void SetTrace_makes_the_next_trace_the_one_after_it()
    {
        Journal.SetTrace(4_711);

        Journal.NextTrace().Should().Be(4_712);
    }

    [Fact]
    public void After_trace_999999_the_next_trace_is_1()
    {
        Journal.SetTrace(999_998);

        Journal.NextTrace().Should().Be(999_999);
        Journal.NextTrace().Should().Be(1);
        Journal.NextTrace().Should().Be(2);
    }

    [Fact]
    public void SetTrace_999999_makes_the_next_trace_1_and_SetTrace_0_makes_it_1_too()
    {
        Journal.SetTrace(999_999);
        Journal.NextTrace().Should().Be(1);

        Journal.SetTrace(0);
        Journal.NextTrace().Should().Be(1);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    public void A_last_trace_outside_0_to_999999_is_refused_and_numbering_is_unchanged(int lastUsed)
    {
        Journal.NextTrace();

        var set = () => Journal.SetTrace(lastUsed);

        set.Should().Throw<ArgumentOutOfRangeException>();
        Journal.NextTrace().Should().Be(2);
    }

    [Fact]
    public void Trace_numbering_does_not_depend_on_the_batch()
    {
        Journal.NextTrace();
        Journal.SetBatch(2);

        Journal.NextTrace().Should().Be(2);
    }

    [Fact]
    public void Trace_numbers_taken_from_many_threads_at_once_are_all_different()
    {
        var traces = new int[50];

        Parallel.For(0, traces.Length, i => traces[i] = Journal.NextTrace());

        traces.Should().BeEquivalentTo(Enumerable.Range(1, traces.Length));
    }
}
