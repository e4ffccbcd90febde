using FluentAssertions;
using LakalaPos.Core.Journal;
using LakalaPos.Journal.Checking;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests.Reliability;

/// <summary>
/// The check the terminal runs before it starts (and <c>lakalapos journal check</c> prints): each
/// step OK or the one problem, with what to do; the file is only read.
/// </summary>
public sealed class JournalCheckTests : IDisposable
{
    private static readonly Func<byte[], bool> RightKey = blob => blob.SequenceEqual(Records.TestPanCipher);
    private static readonly Func<byte[], bool> WrongKey = _ => false;

    private readonly TempDirectory _directory = new();
    private readonly ManualClock _clock = new(Records.Morning);

    private string JournalPath => _directory.File("journal.db");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_sound_journal_passes_every_step()
    {
        MakeJournal();

        var report = JournalCheck.Run(JournalPath, RightKey);

        report.Problem.Should().BeNull();
        report.Items.Select(i => i.Name).Should().Equal("numbers used", "journal file", "pages", "schema", "tables", "counters", "card data", "records");
        report.Items.Should().OnlyContain(i => i.Ok);
    }

    [Fact]
    public void A_data_folder_without_a_journal_is_a_new_terminal()
    {
        var report = JournalCheck.Run(JournalPath, RightKey);

        report.Problem.Should().BeNull();
        report.Items.Should().Contain(i => i.Name == "journal file" && i.Detail.Contains("a new terminal"));
        File.Exists(JournalPath).Should().BeFalse("the check writes nothing");
    }

    [Fact]
    public void A_damaged_page_is_found_by_SQLites_page_check()
    {
        MakeJournal();
        Overwrite(JournalPath, offset: 3 * 4096, Enumerable.Range(0, 4096).Select(i => (byte)(i * 31)).ToArray());

        AssertRefused("pages", "is damaged", "quick_check", "Restore the journal from the backup");
    }

    [Fact]
    public void A_missing_table_is_named()
    {
        MakeJournal();
        RawDatabase.Execute(JournalPath, "DROP TABLE settlements");

        AssertRefused("tables", "is damaged (table settlements is missing)");
    }

    [Fact]
    public void A_damaged_header_is_called_damage()
    {
        MakeJournal();
        Overwrite(JournalPath, offset: 16, [0x5A, 0xA5, 0x13, 0x37, 0x5A, 0xA5, 0x13, 0x37]);

        AssertRefused("pages", "is damaged", "Restore the journal from the backup");
    }

    [Fact]
    public void A_damaged_application_stamp_on_a_journal_is_damage_not_another_application()
    {
        MakeJournal();
        Overwrite(JournalPath, offset: 68, [0x5A, 0xA5, 0x13, 0x37]);

        AssertRefused("schema", "is damaged", "application id 0x5AA51337");
    }

    [Fact]
    public void A_changed_data_key_is_named_as_such()
    {
        MakeJournal();

        var report = JournalCheck.Run(JournalPath, WrongKey);

        report.Items[^1].Should().Match<JournalCheckItem>(i => i.Name == "card data" && !i.Ok);
        report.Problem.Should().Contain("data key (profile security.dataKey) does not decrypt");
    }

    [Fact]
    public void A_damaged_card_number_of_a_reversal_still_to_be_sent_is_named_by_voucher_but_does_not_refuse_the_journal()
    {
        using (var journal = Open())
        {
            journal.Write("sale sent", Records.Sale(7, status: TransactionStatus.Pending, reversal: ReversalState.Due) with { EncryptedPan = [1, 2, 3] });
            journal.Write("sale", Records.Sale(8));
        }

        var report = JournalCheck.Run(JournalPath, RightKey);

        report.Problem.Should().BeNull("the terminal gives that reversal up with a fault slip and works on");
        report.Items.Should().Contain(i => i.Detail.Contains("voucher 000007 is damaged") && i.Detail.Contains("given up with a fault slip"));
    }

    [Fact]
    public void An_unreadable_record_is_reported_but_does_not_refuse_the_journal()
    {
        MakeJournal();
        RawDatabase.Execute(JournalPath, "UPDATE transactions SET status = 'Refunded' WHERE voucher = 1");

        var report = JournalCheck.Run(JournalPath, RightKey);

        report.Problem.Should().BeNull();
        report.Items[^1].Detail.Should().Contain("1 cannot be read").And.Contain("未知记录");
    }

    [Fact]
    public void A_genuinely_newer_journal_keeps_its_message()
    {
        MakeJournal();
        var latest = JournalMigrations.All[^1].Version;
        RawDatabase.Execute(JournalPath, $"INSERT INTO schema_version (version, description, applied_at) VALUES ({latest + 1}, 'next', 'x')");

        AssertRefused("schema", $"schema version {latest + 1}, newer than this software understands", "run the newer software");
    }

    private void AssertRefused(string step, params string[] phrases)
    {
        var files = Snapshot();

        var report = JournalCheck.Run(JournalPath, RightKey);

        report.Items[^1].Name.Should().Be(step);
        report.Items[^1].Ok.Should().BeFalse();
        foreach (var phrase in phrases)
            report.Problem.Should().Contain(phrase);
        report.Problem.Should().Contain(JournalPath).And.NotContain("\n");
        Snapshot().Should().Equal(files, "the check only reads");
    }

    private void MakeJournal()
    {
        using var journal = Open();
        journal.NextTrace();
        journal.Write("sale", Records.Sale(1));
        journal.NextTrace();
        journal.Write("sale", Records.Sale(2));
    }

    private static void Overwrite(string path, long offset, byte[] bytes)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.Seek(offset, SeekOrigin.Begin);
        file.Write(bytes);
    }

    private byte[] Snapshot() => [.. RawDatabase.FileBytes(JournalPath), .. RawDatabase.FileBytes(JournalPath + "-wal")];

    private SqliteJournal Open() => SqliteJournal.Open(JournalPath, Logs.Silent, _clock);
}
