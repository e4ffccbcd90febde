using FluentAssertions;
using LakalaPos.Journal.Checking;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests.Reliability;

/// <summary>
/// Backups: on demand (<c>lakalapos journal backup</c>), also while the journal is open, and one
/// kept automatically after each settlement. A backup is checked before it replaces the last one.
/// </summary>
public sealed class JournalBackupTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualClock _clock = new(Records.Morning);

    private string JournalPath => _directory.File("journal.db");

    private string BackupPath => _directory.File(Path.Combine("backup", "journal-after-settlement.db"));

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_backup_of_an_open_journal_holds_every_committed_record_and_passes_the_check()
    {
        using var journal = SqliteJournal.Open(JournalPath, Logs.Silent, _clock);
        var sale = journal.Write("sale", Records.Sale(1)).Single();
        var copy = _directory.File("copy.db");

        JournalBackup.Copy(JournalPath, copy);

        JournalCheck.Run(copy, null).Problem.Should().BeNull();
        RawDatabase.Scalar(copy, "SELECT voucher FROM transactions WHERE id = " + sale.Id).Should().Be(1L);
    }

    [Fact]
    public void A_settlement_leaves_a_backup_holding_it()
    {
        using var journal = SqliteJournal.Open(JournalPath, Logs.Silent, _clock, BackupPath);
        journal.Write("sale", Records.Sale(1));

        journal.CompleteSettlement(Records.Settlement(1));

        RawDatabase.Scalar(BackupPath, "SELECT count(*) FROM settlements").Should().Be(1L);
        RawDatabase.Scalar(BackupPath, "SELECT batch FROM counters").Should().Be(2L);
        Directory.GetFiles(Path.GetDirectoryName(BackupPath)!).Should().Equal(BackupPath);
    }

    [Fact]
    public void The_backup_is_replaced_when_the_batch_upload_is_done()
    {
        using var journal = SqliteJournal.Open(JournalPath, Logs.Silent, _clock, BackupPath);
        journal.CompleteSettlement(Records.Settlement(1) with { UploadDone = false });

        journal.MarkSettlementUploaded(1);

        RawDatabase.Scalar(BackupPath, "SELECT upload_done FROM settlements").Should().Be(1L);
    }

    [Fact]
    public void A_backup_that_cannot_be_written_does_not_undo_the_settlement()
    {
        var (log, lines) = Logs.Capturing();
        File.WriteAllText(_directory.File("backup"), "a file where the backup folder should be");
        using var journal = SqliteJournal.Open(JournalPath, log, _clock, BackupPath);

        journal.CompleteSettlement(Records.Settlement(1));

        journal.CurrentBatch().Should().Be(2);
        lines.All.Should().Contain(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("backup after settlement could not be written"));
    }

    [Fact]
    public void A_damaged_journal_never_replaces_a_good_backup()
    {
        using (var journal = SqliteJournal.Open(JournalPath, Logs.Silent, _clock))
            journal.Write("sale", Records.Sale(1));
        var copy = _directory.File("copy.db");
        JournalBackup.Copy(JournalPath, copy);
        var good = File.ReadAllBytes(copy);
        using (var file = new FileStream(JournalPath, FileMode.Open, FileAccess.Write))
        {
            file.Seek(3 * 4096, SeekOrigin.Begin);
            file.Write(Enumerable.Range(0, 4096).Select(i => (byte)(i * 31)).ToArray());
        }

        var backup = () => JournalBackup.Copy(JournalPath, copy);

        backup.Should().Throw<JournalFileException>().WithMessage("*damaged*");
        File.ReadAllBytes(copy).Should().Equal(good);
    }
}
