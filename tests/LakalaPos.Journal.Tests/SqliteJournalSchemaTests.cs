using System.Text;
using FluentAssertions;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests;

/// <summary>What a journal file is, how it is recognised, and how its schema moves forward.</summary>
public sealed class SqliteJournalSchemaTests : IDisposable
{
    private static int Latest => JournalMigrations.All[^1].Version;

    private readonly TempDirectory _directory = new();
    private readonly ManualClock _clock = new(Records.Morning);

    private string JournalPath => _directory.File("journal.db");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_new_journal_runs_in_WAL_mode_with_full_sync_and_foreign_keys()
    {
        using var journal = Open();

        journal.ReadPragma("journal_mode").Should().Be("wal");
        journal.ReadPragma("synchronous").Should().Be("2", "2 is FULL");
        journal.ReadPragma("foreign_keys").Should().Be("1");
    }

    [Fact]
    public void A_new_journal_runs_every_migration_and_records_each_in_its_version_table()
    {
        using var journal = Open();

        journal.SchemaVersion.Should().Be(Latest);
        var row = RawDatabase.Row(JournalPath, "SELECT count(*), max(version), max(applied_at) FROM schema_version");
        row[0].Should().Be((long)JournalMigrations.All.Count);
        row[1].Should().Be((long)Latest);
        row[2].Should().Be("2025-03-14T09:30:15.0000000+08:00");
    }

    [Fact]
    public void A_journal_file_is_stamped_with_the_LakalaPos_application_id()
    {
        Open().Dispose();

        RawDatabase.Scalar(JournalPath, "PRAGMA application_id").Should().Be(0x4C4B4A4CL);
    }

    [Fact]
    public void Reopening_a_journal_applies_no_migration_twice_and_keeps_the_data()
    {
        using (var journal = Open())
            journal.SaveParameter("language", "zh");

        using var reopened = Open();

        RawDatabase.Scalar(JournalPath, "SELECT count(*) FROM schema_version").Should().Be((long)JournalMigrations.All.Count);
        reopened.LoadParameters()["language"].Should().Be("zh");
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_by_name_and_left_unchanged()
    {
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("merchant notes, not a database. ", 64)));
        File.WriteAllBytes(JournalPath, content);

        var open = () => Open();

        open.Should().Throw<JournalFileException>()
            .Where(e => e.Message.Contains(JournalPath) && e.Message.Contains("not a LakalaPos journal") && e.FilePath == JournalPath);
        File.ReadAllBytes(JournalPath).Should().Equal(content);
    }

    [Fact]
    public void Another_applications_SQLite_database_is_refused_by_name_and_left_unchanged()
    {
        RawDatabase.Execute(JournalPath, "CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('Li Lei');");
        var content = File.ReadAllBytes(JournalPath);

        var open = () => Open();

        open.Should().Throw<JournalFileException>().WithMessage($"*{JournalPath}*not a LakalaPos journal*");
        File.ReadAllBytes(JournalPath).Should().Equal(content);
        File.Exists(JournalPath + "-wal").Should().BeFalse("the file was not switched to WAL mode");
    }

    [Fact]
    public void A_journal_written_by_newer_software_is_refused_naming_the_file_and_both_versions()
    {
        Open().Dispose();
        // Newer software leaves one row per step it ran: versions up to 7, none missing.
        for (var version = Latest + 1; version <= 7; version++)
        {
            RawDatabase.Execute(JournalPath,
                $"INSERT INTO schema_version (version, description, applied_at) VALUES ({version}, 'from the future', '2030-01-01T00:00:00.0000000+08:00')");
        }

        var open = () => Open();

        open.Should().Throw<JournalFileException>().WithMessage($"*{JournalPath}*schema version 7*newer*({Latest})*");
    }

    [Fact]
    public void A_wild_schema_version_is_damage_not_a_newer_journal_and_the_file_is_left_unchanged()
    {
        Open().Dispose();
        RawDatabase.Execute(JournalPath, $"UPDATE schema_version SET version = 1493303 WHERE version = {Latest}");
        var content = File.ReadAllBytes(JournalPath);

        var open = () => Open();

        open.Should().Throw<JournalFileException>().Where(e => e.Message.Contains("is damaged") && !e.Message.Contains("newer"));
        File.ReadAllBytes(JournalPath).Should().Equal(content);
    }

    [Fact]
    public void A_later_migration_adds_a_column_and_every_existing_record_survives()
    {
        long saleId;
        using (var current = Open())
            saleId = current.Write("created", Records.EveryFieldSet()).Single().Id;
        var withTips = JournalMigrations.All
            .Append(new JournalMigration(Latest + 1, "Tip amount", "ALTER TABLE transactions ADD COLUMN tip_fen INTEGER NOT NULL DEFAULT 0"))
            .ToList();

        using var next = SqliteJournal.Open(JournalPath, Logs.Silent, _clock, withTips);

        next.SchemaVersion.Should().Be(Latest + 1);
        next.Find(saleId).Should().BeEquivalentTo(Records.EveryFieldSet() with { Id = saleId });
        next.Write("created", Records.Sale(2)).Single().Id.Should().BeGreaterThan(saleId);
        RawDatabase.Scalar(JournalPath, "SELECT tip_fen FROM transactions WHERE id = " + saleId).Should().Be(0L);
        RawDatabase.Scalar(JournalPath, "SELECT max(version) FROM schema_version").Should().Be((long)Latest + 1);
    }

    [Fact]
    public void Software_that_knows_fewer_migrations_refuses_a_journal_migrated_further()
    {
        var withTips = JournalMigrations.All
            .Append(new JournalMigration(Latest + 1, "Tip amount", "ALTER TABLE transactions ADD COLUMN tip_fen INTEGER"))
            .ToList();
        SqliteJournal.Open(JournalPath, Logs.Silent, _clock, withTips).Dispose();

        var openWithOldSoftware = () => Open();

        openWithOldSoftware.Should().Throw<JournalFileException>().WithMessage($"*schema version {Latest + 1}*");
    }

    [Fact]
    public void A_path_in_a_missing_directory_is_refused_naming_the_file()
    {
        var path = _directory.File(Path.Combine("no-such-folder", "journal.db"));

        var open = () => SqliteJournal.Open(path, Logs.Silent, _clock);

        open.Should().Throw<JournalFileException>().WithMessage($"*{path}*");
    }

    [Fact]
    public void A_relative_path_is_reported_as_a_full_path()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, JournalPath);

        using var journal = SqliteJournal.Open(relative, Logs.Silent, _clock);

        journal.FilePath.Should().Be(JournalPath);
    }

    private SqliteJournal Open() => SqliteJournal.Open(JournalPath, Logs.Silent, _clock);
}
