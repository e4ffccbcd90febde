using FluentAssertions;
using LakalaPos.Core.Journal;
using Xunit;

namespace LakalaPos.Journal.Tests.Contract;

public abstract partial class JournalContract
{
    private static readonly DateTimeOffset NoonInShanghai = new(2026, 11, 22, 12, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_new_journal_has_no_changes_of_its_set_up() =>
        Journal.ListChanges(10).Should().BeEmpty();

    [Fact]
    public void Each_set_up_change_keeps_who_made_it_and_when_newest_first()
    {
        Journal.SaveOperator(new OperatorRecord("05", OperatorRole.Cashier, "h05"), new ChangeNote(NoonInShanghai, "00", "01", "add cashier 05"));
        Journal.SaveParameter("merchantNo", "898310048990002", new ChangeNote(NoonInShanghai.AddMinutes(1), "99", "01", "merchantNo 898310048990002"));
        Journal.SetBatch(7, new ChangeNote(NoonInShanghai.AddMinutes(2), "99", null, "batchNo 000007"));
        Journal.SetTrace(41, new ChangeNote(NoonInShanghai.AddMinutes(3), "99", null, "traceNo 000042"));
        Journal.DeleteOperator("05", new ChangeNote(NoonInShanghai.AddMinutes(4), "00", "01", "delete cashier 05"));

        Journal.ListChanges(10).Select(c => c.What).Should().Equal(
            "delete cashier 05", "traceNo 000042", "batchNo 000007", "merchantNo 898310048990002", "add cashier 05");
        Journal.ListChanges(10)[^1].Should().Be(new ChangeNote(NoonInShanghai, "00", "01", "add cashier 05"));
        Journal.ListChanges(2).Should().HaveCount(2);
    }

    [Fact]
    public void A_change_without_a_note_leaves_no_note()
    {
        Journal.SaveParameter("language", "en");
        Journal.ListChanges(10).Should().BeEmpty();
    }

    [Fact]
    public void The_last_trace_handed_out_can_be_read_without_taking_one()
    {
        Journal.LastTrace().Should().Be(0);
        Journal.NextTrace();
        Journal.NextTrace();
        Journal.LastTrace().Should().Be(2);
        Journal.NextTrace().Should().Be(3);
    }

    [Fact]
    public void Several_parameters_are_saved_together()
    {
        Journal.SaveParameters(new Dictionary<string, string> { ["state.a"] = "1", ["state.b"] = "2" });

        Journal.LoadParameters().Should().Contain("state.a", "1").And.Contain("state.b", "2");
    }
}
