using FluentAssertions;
using LakalaPos.Core.Journal;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests;

/// <summary>A power cut at any moment between calls loses nothing that a call had committed.</summary>
public sealed class SqliteJournalDurabilityTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualClock _clock = new(Records.Morning);

    private string JournalPath => _directory.File("journal.db");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Every_call_committed_before_a_power_loss_is_there_after_reopening()
    {
        var journal = Open();
        journal.SaveOperator(new OperatorRecord("01", OperatorRole.Cashier, "h01"));
        journal.SaveParameter("receiptCopies", "2");
        journal.SetBatch(3);
        journal.NextTrace();
        journal.NextTrace();
        var pending = journal.Write("sale sent", Records.Sale(2, batch: 3, status: TransactionStatus.Pending, reversal: ReversalState.Armed)).Single();
        var due = journal.Write("timeout", pending with { ReversalState = ReversalState.Due, ReversalReason = "98" }).Single();

        journal.SimulatePowerLoss();

        using var reopened = Open();
        reopened.FindOperator("01").Should().Be(new OperatorRecord("01", OperatorRole.Cashier, "h01"));
        reopened.LoadParameters().Should().ContainKey("receiptCopies").WhoseValue.Should().Be("2");
        reopened.CurrentBatch().Should().Be(3);
        reopened.NextTrace().Should().Be(3);
        reopened.Find(pending.Id).Should().BeEquivalentTo(due);
        reopened.PendingReversals().Should().ContainSingle().Which.Id.Should().Be(pending.Id);
        reopened.History(pending.Id).Select(e => e.Event).Should().Equal("sale sent", "timeout");
    }

    [Fact]
    public void A_power_loss_writes_nothing_and_leaves_the_commits_in_the_wal_file()
    {
        var journal = Open();
        journal.Write("created", Records.Sale(1));
        var databaseBefore = RawDatabase.FileBytes(JournalPath);
        var walBefore = RawDatabase.FileBytes(JournalPath + "-wal");

        journal.SimulatePowerLoss();

        walBefore.Should().NotBeEmpty("a committed WAL transaction waits there until a checkpoint");
        RawDatabase.FileBytes(JournalPath).Should().Equal(databaseBefore);
        RawDatabase.FileBytes(JournalPath + "-wal").Should().Equal(walBefore);
    }

    [Fact]
    public void A_copy_of_the_files_taken_right_after_a_call_returns_holds_that_call()
    {
        // Copying the files while the journal is still open is exactly what a power cut leaves on disk.
        using var journal = Open();
        var sale = journal.Write("sale sent", Records.Sale(1, status: TransactionStatus.Pending, reversal: ReversalState.Armed)).Single();
        journal.NextTrace();
        var snapshot = _directory.File("snapshot.db");
        File.WriteAllBytes(snapshot, RawDatabase.FileBytes(JournalPath));
        File.WriteAllBytes(snapshot + "-wal", RawDatabase.FileBytes(JournalPath + "-wal"));

        using var recovered = SqliteJournal.Open(snapshot, Logs.Silent, _clock);

        recovered.ListPending().Should().ContainSingle().Which.Should().BeEquivalentTo(sale);
        recovered.NextTrace().Should().Be(2);
    }

    [Fact]
    public void Trace_numbers_handed_out_before_a_power_loss_are_never_handed_out_again()
    {
        var journal = Open();
        var before = new[] { journal.NextTrace(), journal.NextTrace() };
        journal.SimulatePowerLoss();

        using var reopened = Open();

        var next = reopened.NextTrace();

        before.Should().Equal(1, 2);
        next.Should().Be(3);
    }

    [Fact]
    public void A_journal_dropped_by_a_power_loss_refuses_further_calls()
    {
        var journal = Open();
        journal.SimulatePowerLoss();

        var call = () => journal.NextTrace();

        call.Should().Throw<ObjectDisposedException>();
        journal.Invoking(j => j.SimulatePowerLoss()).Should().NotThrow();
        journal.Invoking(j => j.Dispose()).Should().NotThrow();
    }

    [Fact]
    public void A_clean_close_and_reopen_keeps_everything()
    {
        var journal = Open();
        var sale = journal.Write("created", Records.EveryFieldSet()).Single();
        journal.Dispose();

        using var reopened = Open();

        reopened.Find(sale.Id).Should().BeEquivalentTo(sale);
    }

    [Fact]
    public void Ids_keep_growing_after_a_reopen()
    {
        var journal = Open();
        var first = journal.Write("created", Records.Sale(1)).Single();
        journal.SimulatePowerLoss();

        using var reopened = Open();
        var second = reopened.Write("created", Records.Sale(2)).Single();

        second.Id.Should().BeGreaterThan(first.Id);
        reopened.Last()!.Id.Should().Be(second.Id);
    }

    private SqliteJournal Open() => SqliteJournal.Open(JournalPath, Logs.Silent, _clock);
}
