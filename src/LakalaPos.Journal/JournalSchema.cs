using Microsoft.Data.Sqlite;
using Serilog;

namespace LakalaPos.Journal;

/// <summary>
/// Decides whether a file may be used as a journal (<see cref="ReadVersion"/>, which writes
/// nothing) and brings its schema up to date (<see cref="Upgrade"/>).
/// </summary>
internal static class JournalSchema
{
    /// <summary>Stamped into the SQLite header ("LKJL") so a journal is recognised without reading tables.</summary>
    public const int ApplicationId = 0x4C4B4A4C;

    /// <summary>
    /// The file's schema version without writing anything: 0 for an empty file. Throws
    /// <see cref="JournalFileException"/> for a file that is not a journal, is damaged, or is newer
    /// than <paramref name="latest"/>. Versions must run 1, 2, 3, … with no gap: a gap or a wild
    /// number is damage, never a "newer" journal.
    /// </summary>
    public static int ReadVersion(SqliteConnection connection, string path, int latest)
    {
        long applicationId;
        long objectCount;
        try
        {
            applicationId = Scalar(connection, "PRAGMA application_id");
            objectCount = Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
        }
        catch (SqliteException ex)
        {
            throw new JournalFileException(path, JournalProblems.NotADatabase(path, ex.Message), ex);
        }

        if (applicationId == 0 && objectCount == 0)
            return 0;
        if (applicationId != ApplicationId)
        {
            // A journal's own tables under a foreign stamp: the header is damaged, the file is ours.
            var journalTables = Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('schema_version', 'counters')");
            throw new JournalFileException(path, journalTables == 2
                ? JournalProblems.Damaged(path, $"its header carries application id 0x{applicationId:X8} instead of the journal's")
                : JournalProblems.OtherApplication(path, applicationId));
        }

        long version;
        long count;
        try
        {
            version = Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version");
            count = Scalar(connection, "SELECT count(*) FROM schema_version WHERE version BETWEEN 1 AND (SELECT max(version) FROM schema_version)");
        }
        catch (SqliteException ex)
        {
            throw new JournalFileException(path, JournalProblems.Damaged(path, $"no readable schema version: {ex.Message}"), ex);
        }

        if (version < 1 || count != version)
            throw new JournalFileException(path, JournalProblems.Damaged(path, $"its schema versions do not run 1 to {version}"));
        if (version > latest)
            throw new JournalFileException(path, JournalProblems.Newer(path, version, latest));
        return (int)version;
    }

    /// <summary>Sets the connection pragmas and applies the migrations after <paramref name="version"/>; returns the new version.</summary>
    public static int Upgrade(
        SqliteConnection connection, string path, IReadOnlyList<JournalMigration> migrations, int version, TimeProvider clock, ILogger log,
        JournalDurability durability = JournalDurability.PowerCut)
    {
        SetPragmas(connection, path, durability);
        foreach (var migration in migrations.Where(m => m.Version > version))
        {
            Apply(connection, migration, clock);
            log.Information("Journal {Path}: schema migrated to version {Version} ({Description})",
                path, migration.Version, migration.Description);
        }

        return migrations[^1].Version;
    }

    /// <summary>Throws unless the steps are numbered 1, 2, 3, … (a programming error, not a file problem).</summary>
    public static void CheckMigrationList(IReadOnlyList<JournalMigration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"Journal migrations must be numbered 1, 2, 3...; entry {i} has version {migrations[i].Version}.");
        }

        if (migrations.Count == 0)
            throw new InvalidOperationException("Journal migrations list is empty.");
    }

    private static void SetPragmas(SqliteConnection connection, string path, JournalDurability durability)
    {
        // WAL: a commit is one append to the -wal file, and readers never see half a transaction.
        var mode = Text(connection, "PRAGMA journal_mode=WAL");
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new JournalFileException(path,
                $"Journal '{path}' could not be switched to WAL mode (SQLite answered '{mode}'); " +
                "the durability guarantees need WAL, so it was not opened.");
        }

        // FULL: every commit is fsynced before the call returns, so a power cut cannot lose it.
        // OFF only where the "power" is the process (replays): the operating system keeps what was written.
        Execute(connection, durability == JournalDurability.PowerCut ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=OFF");
        Execute(connection, "PRAGMA foreign_keys=ON");
    }

    private static void Apply(SqliteConnection connection, JournalMigration migration, TimeProvider clock)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = migration.Sql;
        command.ExecuteNonQuery();

        // The stamp lives in the header page, so it commits (or not) together with the first schema.
        if (migration.Version == 1)
        {
            command.CommandText = $"PRAGMA application_id = {ApplicationId}";
            command.ExecuteNonQuery();
        }

        command.CommandText =
            "INSERT INTO schema_version (version, description, applied_at) VALUES ($version, $description, $at)";
        command.Parameters.AddWithValue("$version", migration.Version);
        command.Parameters.AddWithValue("$description", migration.Description);
        command.Parameters.AddWithValue("$at", JournalText.FromTime(clock.GetLocalNow()));
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Text(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string ?? "";
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
