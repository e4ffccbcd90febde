using LakalaPos.Journal.Files;
using Microsoft.Data.Sqlite;

namespace LakalaPos.Journal;

/// <summary>
/// A copy of the journal made with SQLite's online backup, so it is consistent even while the
/// terminal runs. The copy is built beside the target, checked with <c>PRAGMA quick_check</c>, and
/// only then renamed over it: a damaged journal never replaces a good backup.
/// </summary>
public static class JournalBackup
{
    /// <summary>Copies the journal at <paramref name="journalPath"/> (read-only) to <paramref name="destination"/>.</summary>
    /// <exception cref="JournalFileException">The journal is missing, not a journal, or damaged.</exception>
    public static void Copy(string journalPath, string destination)
    {
        var fullPath = Path.GetFullPath(journalPath);
        if (!File.Exists(fullPath))
            throw new JournalFileException(fullPath, $"Journal '{fullPath}' does not exist: there is nothing to back up.");
        using var source = SqliteJournal.OpenConnection(fullPath, SqliteOpenMode.ReadOnly);
        JournalSchema.ReadVersion(source, fullPath, JournalMigrations.All[^1].Version);
        try
        {
            Write(source, Path.GetFullPath(destination));
        }
        catch (SqliteException ex)
        {
            throw new JournalFileException(fullPath, JournalProblems.Damaged(fullPath, ex.Message), ex);
        }
    }

    /// <summary>Replaces <paramref name="destination"/> with a checked copy of the database open on <paramref name="source"/>.</summary>
    internal static void Write(SqliteConnection source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var temporary = AtomicFile.TemporaryFor(destination);
        File.Delete(temporary);
        try
        {
            using (var target = SqliteJournal.OpenConnection(temporary, SqliteOpenMode.ReadWriteCreate))
            {
                source.BackupDatabase(target);
                var verdict = JournalIntegrity.QuickCheck(target);
                if (verdict is not null)
                    throw new JournalFileException(source.DataSource, JournalProblems.Damaged(source.DataSource, verdict));
            }

            AtomicFile.MoveIntoPlace(temporary, destination);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
