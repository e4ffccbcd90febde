using Microsoft.Data.Sqlite;

namespace LakalaPos.Journal.Counting;

/// <summary>
/// Reads the journal's counters and its high-water mark without writing, and refuses a journal
/// whose counters are missing, impossible or behind the numbers already used.
/// </summary>
internal static class CounterGuard
{
    /// <summary>The counters row of a journal at <paramref name="version"/>; null for an empty file (version 0).</summary>
    /// <exception cref="JournalFileException">The row or the table is missing, or the numbers are impossible.</exception>
    public static Counters? ReadCounters(SqliteConnection connection, string path, int version)
    {
        if (version == 0)
            return null;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT batch, last_trace FROM counters WHERE id = 1";
        try
        {
            using var row = command.ExecuteReader();
            if (!row.Read())
                throw new JournalFileException(path, JournalProblems.CountersMissing(path)) { CountersLost = true };
            var (batch, lastTrace) = (row.GetInt64(0), row.GetInt64(1));
            if (batch is < 1 or > JournalInputRules.MaxCounter || lastTrace is < 0 or > JournalInputRules.MaxCounter)
                throw new JournalFileException(path, JournalProblems.CountersImpossible(path, batch, lastTrace)) { CountersLost = true };
            return new Counters((int)batch, (int)lastTrace);
        }
        catch (SqliteException ex)
        {
            throw new JournalFileException(path, JournalProblems.Damaged(path, $"its counters cannot be read: {ex.Message}"), ex);
        }
    }

    /// <summary>The high-water mark beside the journal, or null when there is none yet.</summary>
    /// <exception cref="JournalFileException">The mark file is there but unreadable.</exception>
    public static Counters? ReadMark(string markPath)
    {
        try
        {
            return CounterMark.Read(markPath);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new JournalFileException(markPath, JournalProblems.MarkUnreadable(markPath, ex.Message), ex);
        }
    }

    /// <summary>Throws when the journal (null: empty) would hand out a number the mark says is used.</summary>
    public static void CheckNotBehind(string path, Counters? journal, Counters? used)
    {
        if (used is not { } mark)
            return;
        if (journal is null && mark != Counters.Fresh)
            throw new JournalFileException(path, JournalProblems.Lost(path, mark)) { CountersLost = true };
        if (journal is { } counters && counters.IsBehind(mark))
            throw new JournalFileException(path, JournalProblems.Behind(path, counters, mark)) { CountersLost = true };
    }
}
