using Microsoft.Data.Sqlite;

namespace LakalaPos.Journal;

/// <summary>SQLite's own look at every page of the file (<c>PRAGMA quick_check</c>).</summary>
internal static class JournalIntegrity
{
    /// <summary>Null when the database is sound; else SQLite's first complaint, on one line.</summary>
    /// <exception cref="SqliteException">The file cannot be read as a database at all.</exception>
    public static string? QuickCheck(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(1)";
        var verdict = command.ExecuteScalar() as string;
        return verdict == "ok" ? null : (verdict ?? "no answer").ReplaceLineEndings(" ");
    }
}
