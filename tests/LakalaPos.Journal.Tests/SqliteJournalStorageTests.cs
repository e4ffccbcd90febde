using LakalaPos.Core.Flows;
using LakalaPos.Core.Journal;
using System.Text;
using FluentAssertions;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests;

/// <summary>How values look inside the file, and that the card number is never among them.</summary>
public sealed class SqliteJournalStorageTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualClock _clock = new(Records.Morning);

    private string JournalPath => _directory.File("journal.db");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Enums_are_stored_as_names_times_as_ISO_8601_with_offset_amounts_as_integer_fen_and_the_cipher_as_a_blob()
    {
        using var journal = Open();
        var id = journal.Write("refund sent", Records.EveryFieldSet()).Single().Id;

        var row = RawDatabase.Row(JournalPath,
            "SELECT type, status, reversal_state, entry_mode, refund_method, local_time, typeof(amount_fen), amount_fen, typeof(encrypted_pan) " +
            "FROM transactions WHERE id = " + id);
        var history = RawDatabase.Row(JournalPath, "SELECT status, event, at FROM history WHERE transaction_id = " + id);

        row.Should().Equal("Refund", "Unknown", "Failed", "Tap", "Balance", "2025-12-31T23:59:58.1234567+08:00", "integer", 9_876_543_210L, "blob");
        history.Should().Equal("Unknown", "refund sent", "2025-03-14T09:30:15.0000000+08:00");
    }

    [Fact]
    public void The_database_and_wal_files_never_hold_the_full_card_number()
    {
        using var journal = Open();
        var sale = journal.Write("sale sent", Records.Sale(1)).Single();
        journal.Write("approved", sale with { ResponseCode = "00", PrintedCopies = 1 });

        AssertFilesHoldMaskedPanButNotFullPan();
        journal.Dispose(); // a clean close moves the WAL into the main file: check that state too
        AssertFilesHoldMaskedPanButNotFullPan();
    }

    [Fact]
    public void A_row_with_an_unknown_status_name_is_left_out_of_reads_and_listed_as_unreadable_naming_the_column()
    {
        var (log, lines) = Logs.Capturing();
        using var journal = SqliteJournal.Open(JournalPath, log, _clock);
        var older = journal.Write("created", Records.Sale(1)).Single();
        var id = journal.Write("created", Records.Sale(2)).Single().Id;
        RawDatabase.Execute(JournalPath, "UPDATE transactions SET status = 'Settled' WHERE id = " + id);

        journal.Find(id).Should().BeNull();
        journal.Last().Should().BeEquivalentTo(older, "a newer unreadable row does not hide the newest readable one");
        journal.ListBatch(1).Should().ContainSingle().Which.Id.Should().Be(older.Id);
        journal.ListUnreadable(1).Should().ContainSingle().Which.Should().Match<Core.Journal.UnreadableRecord>(
            u => u.Id == id && u.Voucher == 2 && u.Batch == 1 && u.Problem.Contains("status") && u.Problem.Contains("'Settled'"));
        lines.All.Should().Contain(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("cannot be read") && l.Contains("000002"));
    }

    [Theory]
    [InlineData("status = 'Settled'")]
    [InlineData("type = 'sale'")]
    [InlineData("entry_mode = 'Telepathy'")]
    [InlineData("reversal_state = '3'")]
    [InlineData("voucher = 4294967296")]
    [InlineData("local_time = 'yesterday'")]
    [InlineData("local_time = '2025-02-30T09:30:15.0000000+08:00'")]
    [InlineData("local_time = '2025-03-14T09:30:15.0000000+15:00'")]
    public void Totals_leave_out_a_row_that_cannot_be_read_as_ListBatch_does(string damage)
    {
        using var journal = SqliteJournal.Open(JournalPath, Serilog.Core.Logger.None, _clock);
        journal.Write("created", Records.Sale(1, amountFen: 100), Records.Sale(2, amountFen: 200), Records.Sale(3, amountFen: 400));
        var id = journal.FindByVoucher(2)!.Id;
        RawDatabase.Execute(JournalPath, $"UPDATE transactions SET {damage} WHERE id = {id}");

        journal.ListUnreadable(1).Should().ContainSingle();
        journal.Totals(1).Should().Be(BatchTotals.Of(journal.ListBatch(1)));
        journal.Totals(1).SaleFen.Should().Be(500);
    }

    [Fact]
    public void Totals_count_a_readable_row_the_aggregate_query_cannot_vouch_for()
    {
        using var journal = SqliteJournal.Open(JournalPath, Serilog.Core.Logger.None, _clock);
        journal.Write("created", Records.Sale(1, amountFen: 100), Records.Sale(2, amountFen: 200));
        var id = journal.FindByVoucher(2)!.Id;
        // Year 1 is readable, but too near DateTimeOffset.MinValue for the SQL check to prove it.
        RawDatabase.Execute(JournalPath, $"UPDATE transactions SET local_time = '0001-06-01T09:30:15.0000000+08:00' WHERE id = {id}");

        journal.ListUnreadable(1).Should().BeEmpty();
        journal.Totals(1).Should().Be(BatchTotals.Of(journal.ListBatch(1)));
        journal.Totals(1).SaleCount.Should().Be(2);
    }

    private void AssertFilesHoldMaskedPanButNotFullPan()
    {
        var bytes = RawDatabase.FileBytes(JournalPath).Concat(RawDatabase.FileBytes(JournalPath + "-wal")).ToArray();

        // Proves the search looks at real data: the masked form must be found.
        Contains(bytes, Encoding.ASCII.GetBytes(Records.TestPanMasked)).Should().BeTrue();
        Contains(bytes, Encoding.ASCII.GetBytes(Records.TestPan)).Should().BeFalse("the PAN as text");
        Contains(bytes, Encoding.Unicode.GetBytes(Records.TestPan)).Should().BeFalse("the PAN as UTF-16");
        Contains(bytes, Convert.FromHexString(Records.TestPan + "F")).Should().BeFalse("the PAN as packed BCD");
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private SqliteJournal Open() => SqliteJournal.Open(JournalPath, Logs.Silent, _clock);
}
