using LakalaPos.Core.Journal;
using LakalaPos.Journal.Counting;
using Microsoft.Data.Sqlite;

namespace LakalaPos.Journal.Checking;

/// <summary>
/// The journal's look at itself before the terminal starts: SQLite's page check, the schema
/// version and tables, the counters and the numbers already used (the high-water mark), whether
/// the data key decrypts the stored card numbers, and whether every record can be read. It opens
/// the file read-only and writes nothing, so a refused journal is left exactly as it was.
/// </summary>
public static class JournalCheck
{
    private static readonly (string Table, int Since)[] Tables =
    [
        ("schema_version", 1), ("operators", 1), ("parameters", 1), ("counters", 1), ("transactions", 1), ("history", 1), ("settlements", 3),
        ("changes", 5), ("transaction_items", 6), ("ecr_requests", 6),
    ];

    /// <summary>
    /// Checks the journal at <paramref name="journalPath"/>. <paramref name="decrypts"/> tells whether
    /// the data key opens an encrypted card number; null leaves the card data unchecked.
    /// </summary>
    public static JournalCheckReport Run(string journalPath, Func<byte[], bool>? decrypts)
    {
        var path = Path.GetFullPath(journalPath);
        var findings = new Findings();
        try
        {
            CheckAll(path, decrypts, findings);
            return new JournalCheckReport(path, findings.Items, null);
        }
        catch (JournalFileException ex)
        {
            findings.Problem(ex.Message);
            return new JournalCheckReport(path, findings.Items, ex);
        }
    }

    private static void CheckAll(string path, Func<byte[], bool>? decrypts, Findings items)
    {
        var markPath = CounterMark.PathFor(path);
        items.Looking("numbers used");
        var used = CounterGuard.ReadMark(markPath);
        items.Sound(used is { } mark ? $"{mark} ({Path.GetFileName(markPath)})" : "none recorded yet");

        items.Looking("journal file");
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            CounterGuard.CheckNotBehind(path, null, used);
            items.Sound("none yet: a new terminal");
            return;
        }
        items.Sound($"{new FileInfo(path).Length} bytes");

        using var connection = SqliteJournal.OpenConnection(path, SqliteOpenMode.ReadOnly);
        items.Looking("pages");
        items.Sound(Integrity(connection, path));

        items.Looking("schema");
        var latest = JournalMigrations.All[^1].Version;
        var version = JournalSchema.ReadVersion(connection, path, latest);
        if (version == 0)
        {
            CounterGuard.CheckNotBehind(path, null, used);
            items.Sound("empty: a new terminal");
            return;
        }
        items.Sound($"version {version} (this software knows up to {latest})");

        items.Looking("tables");
        items.Sound(CheckTables(connection, path, version));

        items.Looking("counters");
        var counters = CounterGuard.ReadCounters(connection, path, version)!.Value;
        CounterGuard.CheckNotBehind(path, counters, used);
        items.Sound(counters + (used is null ? "" : ", not behind the numbers used"));

        if (version < latest)
        {
            items.Looking("card data and records");
            items.Sound("checked once this software has upgraded the journal");
            return;
        }

        items.Looking("card data");
        items.Sound(decrypts is null ? "not checked (no data key given)" : CheckCardData(connection, path, decrypts));

        items.Looking("records");
        items.Sound(CountRecords(connection));
    }

    private static string Integrity(SqliteConnection connection, string path)
    {
        try
        {
            return JournalIntegrity.QuickCheck(connection) is { } complaint
                ? throw new JournalFileException(path, JournalProblems.Damaged(path, $"SQLite quick_check: {complaint}"))
                : "sound (SQLite quick_check)";
        }
        catch (SqliteException ex)
        {
            throw new JournalFileException(path, JournalProblems.NotADatabase(path, ex.Message), ex);
        }
    }

    private static string CheckTables(SqliteConnection connection, string path, int version)
    {
        var expected = Tables.Where(t => t.Since <= version).Select(t => t.Table).ToList();
        foreach (var table in expected)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
            command.Parameters.AddWithValue("$name", table);
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
                throw new JournalFileException(path, JournalProblems.Damaged(path, $"table {table} is missing"));
        }
        return $"all {expected.Count} present";
    }

    /// <summary>
    /// The newest card number must decrypt, else the data key is not this journal's and nothing
    /// may start. A reversal whose own card data is damaged is no reason to refuse: the terminal
    /// gives that reversal up with a fault slip when it comes to send it, and works on.
    /// </summary>
    private static string CheckCardData(SqliteConnection connection, string path, Func<byte[], bool> decrypts)
    {
        using var newest = connection.CreateCommand();
        newest.CommandText = "SELECT encrypted_pan FROM transactions WHERE encrypted_pan IS NOT NULL ORDER BY id DESC LIMIT 1";
        if (newest.ExecuteScalar() is not byte[] blob)
            return "none stored yet";
        if (!decrypts(blob))
            throw new JournalFileException(path, JournalProblems.WrongDataKey(path));

        using var reversals = connection.CreateCommand();
        reversals.CommandText = $"""
            SELECT voucher, encrypted_pan, encrypted_icc_data FROM transactions
            WHERE reversal_state IN ('{nameof(ReversalState.Armed)}', '{nameof(ReversalState.Due)}') ORDER BY id
            """;
        using var row = reversals.ExecuteReader();
        var (count, damaged) = (0, new List<string>());
        while (row.Read())
        {
            count++;
            if (!Enumerable.Range(1, 2).All(i => row.IsDBNull(i) || decrypts((byte[])row.GetValue(i))))
                damaged.Add(row.GetInt64(0).ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        }
        return damaged.Count == 0
            ? $"the data key decrypts the newest card number and the {count} kept for reversals"
            : $"the data key decrypts the newest card number; the card data of voucher {string.Join(", ", damaged)} is damaged: " +
              "that reversal cannot be sent and will be given up with a fault slip (call service about the transaction)";
    }

    /// <summary>
    /// Rows that cannot be read are not a reason to refuse: they show as 未知记录 and are left out of totals.
    /// Nor are an order's items that cannot be read: the record is read without them (see SqliteJournal.SelectIn).
    /// </summary>
    private static string CountRecords(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {TransactionRows.SelectColumns} FROM transactions";
        var (total, unreadable, orders) = (0, 0, new List<long>());
        using (var row = command.ExecuteReader())
        {
            while (row.Read())
            {
                total++;
                var (record, bad) = TransactionRows.TryRead(row);
                if (bad is not null)
                    unreadable++;
                else if (record!.OrderNo is not null)
                    orders.Add(record.Id);
            }
        }

        var badItems = OrderItemRows.Read(transaction, orders).Problems.Count;
        var summary = unreadable == 0
            ? $"{total}, all readable"
            : $"{total}, of which {unreadable} cannot be read by this software (shown as 未知记录, left out of totals)";
        return badItems == 0 ? summary : summary + $"; the items of {badItems} order records cannot be read (the records are shown without them)";
    }

    /// <summary>The items found so far, and the step being looked at (a problem is named after it).</summary>
    private sealed class Findings
    {
        private readonly List<JournalCheckItem> _items = [];
        private string _step = "journal";

        public IReadOnlyList<JournalCheckItem> Items => _items;

        public void Looking(string step) => _step = step;

        public void Sound(string detail) => _items.Add(new JournalCheckItem(_step, true, detail));

        public void Problem(string detail) => _items.Add(new JournalCheckItem(_step, false, detail));
    }
}
