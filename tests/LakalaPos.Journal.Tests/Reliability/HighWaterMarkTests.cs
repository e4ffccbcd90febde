using FluentAssertions;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests.Reliability;

/// <summary>
/// journal.hwm, beside the journal, holds the highest batch and trace numbers taken. A journal
/// found behind it at the next start (lost WAL tail, emptied, replaced by an older copy) is refused
/// before anything is written, so no number is ever used twice.
/// </summary>
public sealed class HighWaterMarkTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualClock _clock = new(Records.Morning);

    private string JournalPath => _directory.File("journal.db");

    private string MarkPath => _directory.File("journal.hwm");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_new_journal_marks_that_no_number_is_used_yet()
    {
        using var journal = Open();

        Mark().Should().Equal("batch 000001", "trace 000000");
    }

    [Fact]
    public void A_trace_number_is_in_the_mark_before_it_is_handed_out()
    {
        using var journal = Open();
        journal.NextTrace();

        var trace = journal.NextTrace();

        trace.Should().Be(2);
        Mark().Should().Equal("batch 000001", "trace 000002");
    }

    [Fact]
    public void A_settlement_moves_the_batch_in_the_mark()
    {
        using var journal = Open();
        journal.NextTrace();

        journal.CompleteSettlement(Records.Settlement(1));

        Mark().Should().Equal("batch 000002", "trace 000001");
    }

    [Fact]
    public void A_deliberate_change_of_the_counters_moves_the_mark_with_them_even_downwards()
    {
        using var journal = Open();
        journal.SetBatch(9);
        journal.SetTrace(500);

        journal.SetTrace(20);

        Mark().Should().Equal("batch 000009", "trace 000020");
    }

    [Fact]
    public void A_journal_that_lost_its_last_commits_is_refused_naming_both_counters_and_the_way_out_and_is_left_unchanged()
    {
        using (var journal = Open())
            journal.NextTrace();
        var before = File.ReadAllBytes(JournalPath);
        using (var journal = Open())
        {
            journal.NextTrace();
            journal.NextTrace();
        }
        File.WriteAllBytes(JournalPath, before); // the journal as it was before trace 2 and 3: its tail is gone
        var damaged = Snapshot();

        var open = () => Open();

        open.Should().Throw<JournalFileException>().Where(e =>
            e.CountersLost && e.Message.Contains("journal: batch 000001, trace 000001") && e.Message.Contains("used: batch 000001, trace 000003")
            && e.Message.Contains("lakalapos journal recover-counters --data " + _directory.Path));
        Snapshot().Should().Equal(damaged);
    }

    [Fact]
    public void An_emptied_journal_of_a_terminal_that_used_numbers_is_refused_not_started_as_new()
    {
        using (var journal = Open())
            journal.NextTrace();
        File.WriteAllBytes(JournalPath, []);

        var open = () => Open();

        open.Should().Throw<JournalFileException>().Where(e => e.CountersLost && e.Message.Contains("is empty") && e.Message.Contains("trace 000001"));
        new FileInfo(JournalPath).Length.Should().Be(0);
    }

    [Fact]
    public void An_emptied_journal_that_never_took_a_number_starts_as_new()
    {
        Open().Dispose();
        File.WriteAllBytes(JournalPath, []);
        File.Delete(JournalPath + "-wal");

        using var journal = Open();

        journal.NextTrace().Should().Be(1);
    }

    [Fact]
    public void A_journal_without_a_mark_gets_one_from_its_counters()
    {
        using (var journal = Open())
        {
            journal.SetBatch(4);
            journal.SetTrace(77);
        }
        File.Delete(MarkPath);

        Open().Dispose();

        Mark().Should().Equal("batch 000004", "trace 000077");
    }

    [Fact]
    public void A_journal_whose_counters_row_is_missing_is_refused_and_never_numbers_from_zero()
    {
        using (var journal = Open())
            journal.NextTrace();
        RawDatabase.Execute(JournalPath, "DELETE FROM counters");

        var open = () => Open();

        open.Should().Throw<JournalFileException>().Where(e => e.CountersLost && e.Message.Contains("counters row is missing"));
    }

    [Fact]
    public void A_counters_row_that_vanishes_while_the_journal_is_open_stops_numbering_instead_of_giving_zero()
    {
        using var journal = Open();
        RawDatabase.Execute(JournalPath, "DELETE FROM counters");

        journal.Invoking(j => j.NextTrace()).Should().Throw<InvalidDataException>().WithMessage("*counters row is missing*");
        journal.Invoking(j => j.CurrentBatch()).Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void An_unreadable_mark_is_refused_as_such()
    {
        Open().Dispose();
        File.WriteAllText(MarkPath, "garbage");

        var open = () => Open();

        open.Should().Throw<JournalFileException>().WithMessage("*journal.hwm*cannot be read*call service*");
    }

    private string[] Mark() => File.ReadAllLines(MarkPath).Where(l => !l.StartsWith('#')).ToArray();

    private byte[] Snapshot() => [.. RawDatabase.FileBytes(JournalPath), .. RawDatabase.FileBytes(JournalPath + "-wal")];

    private SqliteJournal Open() => SqliteJournal.Open(JournalPath, Logs.Silent, _clock);
}
