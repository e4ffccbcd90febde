using FluentAssertions;
using LakalaPos.Core.Journal;
using LakalaPos.Journal.Tests.Support;
using Serilog.Core;
using Xunit;

namespace LakalaPos.Journal.Tests;

/// <summary>
/// What a commit survives. A terminal's journal flushes every commit to the disk (a power cut);
/// a replay's only hands it to the operating system (the process ending), which is all a
/// simulated power cut — the connection dropped without a checkpoint — can take away.
/// </summary>
public sealed class JournalDurabilityTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualClock _clock = new(Records.Morning);

    private string JournalPath => _directory.File("journal.db");

    public void Dispose() => _directory.Dispose();

    private SqliteJournal Open(JournalDurability durability) => SqliteJournal.Open(JournalPath, Logger.None, _clock, durability: durability);

    [Fact]
    public void A_terminals_journal_is_durable_against_a_power_cut_by_default()
    {
        using var journal = SqliteJournal.Open(JournalPath, Logger.None, _clock);

        journal.ReadPragma("synchronous").Should().Be("2", "2 is FULL: every commit flushed to the disk");
    }

    [Fact]
    public void A_journal_durable_against_the_process_ending_does_not_flush_commits()
    {
        using var journal = Open(JournalDurability.ProcessEnd);

        journal.ReadPragma("synchronous").Should().Be("0", "0 is OFF: commits are left to the operating system");
    }

    [Fact]
    public void Every_call_committed_before_a_simulated_power_cut_is_there_after_reopening_without_flushes()
    {
        var journal = Open(JournalDurability.ProcessEnd);
        journal.SetBatch(4);
        journal.NextTrace();
        var pending = journal.Write("sale sent", Records.Sale(1, batch: 4, status: TransactionStatus.Pending, reversal: ReversalState.Armed)).Single();

        journal.SimulatePowerLoss();

        using var reopened = Open(JournalDurability.ProcessEnd);
        reopened.CurrentBatch().Should().Be(4);
        reopened.NextTrace().Should().Be(2, "the counter mark was written too");
        reopened.Find(pending.Id).Should().BeEquivalentTo(pending);
        reopened.PendingReversals().Should().ContainSingle();
    }
}
