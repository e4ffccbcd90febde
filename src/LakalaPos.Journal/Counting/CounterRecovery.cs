using LakalaPos.Journal.Checking;
using Microsoft.Data.Sqlite;
using Serilog;

namespace LakalaPos.Journal.Counting;

/// <summary>The counters before and after <see cref="CounterRecovery.Run"/>, as the merchant reads them.</summary>
public sealed record CountersRecovered(string Before, string After);

/// <summary>
/// The deliberate way back for a journal that lost its counters (the row is missing, the file was
/// emptied, or it is an older copy): the counters are moved up to the numbers already used, as
/// the high-water mark records them, so the terminal goes on without reusing a trace or batch
/// number. Only that problem is fixed; a damaged, newer or foreign file is refused as at start-up.
/// </summary>
public static class CounterRecovery
{
    /// <summary>Recovers the counters of the journal at <paramref name="journalPath"/>; null when they needed nothing.</summary>
    /// <exception cref="JournalFileException">The journal has another problem, or there is no mark to recover from.</exception>
    public static CountersRecovered? Run(string journalPath, ILogger log)
    {
        var path = Path.GetFullPath(journalPath);
        var markPath = CounterMark.PathFor(path);
        if (CounterGuard.ReadMark(markPath) is not { } used)
        {
            throw new JournalFileException(path,
                $"There is no record of the numbers used ('{markPath}'), so the counters of '{path}' cannot be recovered. " +
                "Restore the journal from the backup or call service.");
        }

        var report = JournalCheck.Run(path, decrypts: null);
        if (report.Failure is { CountersLost: false } other)
            throw other;
        if (report.Failure is null)
            return null;

        using var connection = SqliteJournal.OpenConnection(path, SqliteOpenMode.ReadWriteCreate);
        var migrations = JournalMigrations.All;
        var version = JournalSchema.Upgrade(
            connection, path, migrations, JournalSchema.ReadVersion(connection, path, migrations[^1].Version), TimeProvider.System, log);
        var before = ReadCountersOrNull(connection, path, version);
        var after = (before ?? used).AtLeast(used);
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR REPLACE INTO counters (id, batch, last_trace) VALUES (1, $batch, $last)";
            command.Parameters.AddWithValue("$batch", after.Batch);
            command.Parameters.AddWithValue("$last", after.LastTrace);
            command.ExecuteNonQuery();
            transaction.Commit();
        }

        CounterMark.Write(markPath, after);
        var result = new CountersRecovered(before?.ToString() ?? "none", after.ToString());
        log.Warning("Journal {Path}: counters recovered from {Before:l} to {After:l}, the numbers already used ({Used:l})",
            path, result.Before, result.After, used.ToString());
        return result;
    }

    private static Counters? ReadCountersOrNull(SqliteConnection connection, string path, int version)
    {
        try
        {
            return CounterGuard.ReadCounters(connection, path, version);
        }
        catch (JournalFileException ex) when (ex.CountersLost)
        {
            return null;
        }
    }
}
