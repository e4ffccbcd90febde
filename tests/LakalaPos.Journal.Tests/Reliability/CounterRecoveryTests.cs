using FluentAssertions;
using LakalaPos.Journal.Checking;
using LakalaPos.Journal.Counting;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests.Reliability;

/// <summary>
/// <c>lakalapos journal recover-counters</c>: the deliberate way back for a journal that lost its
/// counters. They move up to the numbers already used, never down, and nothing else is touched.
/// </summary>
public sealed class CounterRecoveryTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualClock _clock = new(Records.Morning);

    private string JournalPath => _directory.File("journal.db");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_journal_behind_the_numbers_used_goes_on_after_the_last_one_used_with_its_records()
    {
        byte[] older;
        using (var journal = Open())
        {
            journal.NextTrace();
            journal.Write("sale", Records.Sale(1));
            journal.Dispose();
            older = File.ReadAllBytes(JournalPath);
        }
        using (var journal = Open())
        {
            journal.NextTrace();
            journal.NextTrace();
        }
        File.WriteAllBytes(JournalPath, older); // a backup from before trace 2 and 3 put back

        var recovered = CounterRecovery.Run(JournalPath, Logs.Silent);

        recovered.Should().Be(new CountersRecovered("batch 000001, trace 000001", "batch 000001, trace 000003"));
        JournalCheck.Run(JournalPath, null).Problem.Should().BeNull();
        using var reopened = Open();
        reopened.NextTrace().Should().Be(4);
        reopened.ListBatch(1).Should().ContainSingle();
    }

    [Fact]
    public void A_missing_counters_row_is_made_again_from_the_numbers_used()
    {
        using (var journal = Open())
        {
            journal.SetBatch(3);
            journal.SetTrace(41);
        }
        RawDatabase.Execute(JournalPath, "DELETE FROM counters");

        CounterRecovery.Run(JournalPath, Logs.Silent);

        using var reopened = Open();
        reopened.CurrentBatch().Should().Be(3);
        reopened.NextTrace().Should().Be(42);
    }

    [Fact]
    public void An_emptied_journal_becomes_a_new_journal_numbering_after_the_last_number_used()
    {
        using (var journal = Open())
            journal.SetTrace(9);
        File.WriteAllBytes(JournalPath, []);
        File.Delete(JournalPath + "-wal");

        CounterRecovery.Run(JournalPath, Logs.Silent);

        using var reopened = Open();
        reopened.NextTrace().Should().Be(10);
    }

    [Fact]
    public void Impossible_counters_are_replaced_by_the_numbers_used()
    {
        using (var journal = Open())
            journal.SetTrace(12);
        RawDatabase.Execute(JournalPath, "UPDATE counters SET batch = 0, last_trace = 4000000");

        CounterRecovery.Run(JournalPath, Logs.Silent);

        using var reopened = Open();
        reopened.CurrentBatch().Should().Be(1);
        reopened.NextTrace().Should().Be(13);
    }

    [Fact]
    public void Counters_that_are_not_behind_are_left_alone()
    {
        using (var journal = Open())
            journal.NextTrace();

        CounterRecovery.Run(JournalPath, Logs.Silent).Should().BeNull();
    }

    [Fact]
    public void A_damaged_journal_is_refused_and_left_unchanged()
    {
        using (var journal = Open())
            journal.NextTrace();
        RawDatabase.Execute(JournalPath, "DROP TABLE history");
        var content = File.ReadAllBytes(JournalPath);

        var recover = () => CounterRecovery.Run(JournalPath, Logs.Silent);

        recover.Should().Throw<JournalFileException>().Where(e => !e.CountersLost && e.Message.Contains("table history is missing"));
        File.ReadAllBytes(JournalPath).Should().Equal(content);
    }

    [Fact]
    public void Without_a_record_of_the_numbers_used_there_is_nothing_to_recover_from()
    {
        using (var journal = Open())
            journal.NextTrace();
        File.Delete(_directory.File("journal.hwm"));

        var recover = () => CounterRecovery.Run(JournalPath, Logs.Silent);

        recover.Should().Throw<JournalFileException>().WithMessage("*no record of the numbers used*");
    }

    private SqliteJournal Open() => SqliteJournal.Open(JournalPath, Logs.Silent, _clock);
}
