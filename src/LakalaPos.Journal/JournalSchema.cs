using Microsoft.Data.Sqlite;
using Serilog;

namespace LakalaPos.Journal;

/// <summary>
/// Decides whether a file may be used as a journal and brings its schema up to date.
/// Nothing is written to a file until it is known to be a journal (or empty).
/// </summary>
internal static class JournalSchema
{
    /// <summary>Stamped into the SQLite header ("LKJL") so a journal is recognised without reading tables.</summary>
    public const int ApplicationId = 0x4C4B4A4C;

    /// <summary>Checks the file, sets the connection pragmas, applies missing migrations; returns the schema version.</summary>
    public static int Prepare(
        SqliteConnection connection, string path, IReadOnlyList<JournalMigration> migrations, TimeProvider clock, ILogger log)
    {
        CheckMigrationList(migrations);
        var latest = migrations[^1].Version;
        var version = ReadVersionOrZero(connection, path);
        if (version > latest)
        {
            throw new JournalFileException(path,
                $"Journal '{path}' has schema version {version}, newer than this software understands ({latest}). " +
                "It was not opened, so none of its data is lost; run the newer software.");
        }

        SetPragmas(connection, path);
        foreach (var migration in migrations.Where(m => m.Version > version))
        {
            Apply(connection, migration, clock);
            log.Information("Journal {Path}: schema migrated to version {Version} ({Description})",
                path, migration.Version, migration.Description);
        }

        return latest;
    }

    /// <summary>0 for an empty file; the journal's schema version; or an exception for anything else.</summary>
    private static int ReadVersionOrZero(SqliteConnection connection, string path)
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
            throw new JournalFileException(path,
                $"'{path}' is not a LakalaPos journal: it is not an SQLite database ({ex.Message}).", ex);
        }

        if (applicationId == 0 && objectCount == 0)
            return 0;
        if (applicationId != ApplicationId)
        {
            throw new JournalFileException(path,
                $"'{path}' is not a LakalaPos journal: it is an SQLite database of another application " +
                $"(application id 0x{applicationId:X8}). It was left untouched.");
        }

        try
        {
            return (int)Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version");
        }
        catch (SqliteException ex)
        {
            throw new JournalFileException(path,
                $"'{path}' is marked as a LakalaPos journal but has no readable schema version ({ex.Message}).", ex);
        }
    }

    private static void SetPragmas(SqliteConnection connection, string path)
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
        Execute(connection, "PRAGMA synchronous=FULL");
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

    private static void CheckMigrationList(IReadOnlyList<JournalMigration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"Journal migrations must be numbered 1, 2, 3...; entry {i} has version {migrations[i].Version}.");
        }

        if (migrations.Count == 0)
            throw new InvalidOperationException("Journal migrations list is empty.");
    }

    private static long Scalar(SqliteConnection connection, string sql)
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
