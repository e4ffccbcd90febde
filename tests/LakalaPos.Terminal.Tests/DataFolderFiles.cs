using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace LakalaPos.Terminal.Tests;

/// <summary>Looks at and damages the files of a data folder from outside, as a faulty disk or a person with sqlite3 would.</summary>
internal sealed class DataFolderFiles(string folder)
{
    public string Folder { get; } = folder;

    public string Journal => Path.Combine(Folder, "journal.db");

    public string Wal => Journal + "-wal";

    /// <summary>The journal, its WAL and its high-water mark, as bytes on disk (a missing file reads as empty).</summary>
    public string Fingerprint() =>
        string.Join(' ', new[] { Journal, Wal, Path.Combine(Folder, "journal.hwm") }.Select(f => Convert.ToHexString(SHA256.HashData(Bytes(f)))));

    public void Sql(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Journal, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row of a query, as text.</summary>
    public string Query(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Journal, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    public void Overwrite(string file, long offset, byte[] bytes)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
        stream.Seek(offset, SeekOrigin.Begin);
        stream.Write(bytes);
    }

    public static byte[] Garbage(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 31 + 7)).ToArray();

    public void Truncate(string file, long length)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
        stream.SetLength(length);
    }

    /// <summary>Every line of the terminal's log files.</summary>
    public IReadOnlyList<string> LogLines() =>
        Directory.EnumerateFiles(Path.Combine(Folder, "logs")).SelectMany(f => System.Text.Encoding.UTF8.GetString(Bytes(f)).Split('\n')).ToList();

    /// <summary>The numbers the terminal has used, as journal.hwm records them ("batch 000002", "trace 000007").</summary>
    public string[] NumbersUsed() => File.ReadAllLines(Path.Combine(Folder, "journal.hwm")).Where(l => !l.StartsWith('#')).ToArray();

    private static byte[] Bytes(string file)
    {
        if (!File.Exists(file))
            return [];
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
