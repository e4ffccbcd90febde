using BenchmarkDotNet.Attributes;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Journal;
using LakalaPos.Journal;
using Microsoft.Data.Sqlite;
using Serilog.Core;

namespace LakalaPos.Benchmarks;

/// <summary>Records the journal benchmarks write: an approved inserted sale, as the sale flow journals it.</summary>
internal static class JournalRecords
{
    public static readonly DateTimeOffset Time = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    public static TransactionRecord Sale(int voucher, int batch = 1, TransactionType type = TransactionType.Sale, TransactionStatus status = TransactionStatus.Approved) => new()
    {
        Type = type,
        Status = status,
        Voucher = voucher,
        Batch = batch,
        AmountFen = 100 + voucher % 10_000,
        OperatorNo = "01",
        LocalTime = Time,
        MaskedPan = "622202******3446",
        EncryptedPan = new byte[48],
        ExpiryYyMm = "2912",
        EntryMode = EntryMode.Insert,
        PinEntered = true,
        ResponseCode = "00",
        Rrn = voucher.ToString("000000000000", System.Globalization.CultureInfo.InvariantCulture),
        AuthCode = "AB1234",
        CardSequence = "001",
    };

    /// <summary>A fresh folder under the temp folder (on this machine: the same disk as the data folder).</summary>
    public static string ScratchFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lakalapos-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}

/// <summary>
/// One durable journal write (a new sale and its history row, one BEGIN IMMEDIATE ... COMMIT, WAL,
/// synchronous=FULL) against the same two inserts on a bare SQLite connection with the same pragmas
/// and a prepared statement, on the same disk in the same run: the ratio is the journal's own cost.
/// </summary>
[MemoryDiagnoser]
public class JournalWriteBenchmarks
{
    private string _folder = null!;
    private SqliteJournal _journal = null!;
    private SqliteConnection _bare = null!;
    private SqliteCommand _bareInsert = null!;
    private SqliteCommand _bareHistory = null!;
    private int _voucher;

    [GlobalSetup]
    public void Setup()
    {
        _folder = JournalRecords.ScratchFolder();
        _journal = SqliteJournal.Open(Path.Combine(_folder, "journal.db"), Logger.None);

        // The bare baseline: a file with the journal's schema, written without the journal.
        var barePath = Path.Combine(_folder, "bare.db");
        SqliteJournal.Open(barePath, Logger.None).Dispose();
        _bare = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = barePath, Pooling = false }.ToString());
        _bare.Open();
        Execute("PRAGMA journal_mode=WAL");
        Execute("PRAGMA synchronous=FULL");
        Execute("PRAGMA foreign_keys=ON");
        _bareInsert = _bare.CreateCommand();
        _bareInsert.CommandText = TransactionRows.InsertSql;
        TransactionRows.Bind(_bareInsert, JournalRecords.Sale(1));
        _bareInsert.Parameters.RemoveAt("$id");
        _bareInsert.Prepare();
        _bareHistory = _bare.CreateCommand();
        _bareHistory.CommandText = "INSERT INTO history (transaction_id, status, event, at) VALUES ($id, 'Approved', 'sale approved', '2026-11-22T10:00:00+08:00')";
        _bareHistory.Parameters.Add("$id", SqliteType.Integer);
        _bareHistory.Prepare();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _bareInsert.Dispose();
        _bareHistory.Dispose();
        _bare.Dispose();
        _journal.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "bare SQLite: 2 inserts, 1 transaction (WAL, FULL)")]
    public long BareSqlite()
    {
        using var transaction = _bare.BeginTransaction(deferred: false);
        _bareInsert.Transaction = transaction;
        _bareHistory.Transaction = transaction;
        _bareInsert.Parameters["$voucher"].Value = ++_voucher;
        var id = (long)_bareInsert.ExecuteScalar()!;
        _bareHistory.Parameters["$id"].Value = id;
        _bareHistory.ExecuteNonQuery();
        transaction.Commit();
        return id;
    }

    [Benchmark(Description = "journal: durable write of a sale")]
    public IReadOnlyList<TransactionRecord> JournalWrite() => _journal.Write("sale approved", JournalRecords.Sale(++_voucher));

    private void Execute(string sql)
    {
        using var command = _bare.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>The batch totals settlement and 交易汇总 show, over a batch of 10,000 transactions in the SQLite journal.</summary>
[MemoryDiagnoser]
public class BatchTotalsBenchmarks
{
    public const int Transactions = 10_000;

    private string _folder = null!;
    private SqliteJournal _journal = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = JournalRecords.ScratchFolder();
        _journal = SqliteJournal.Open(Path.Combine(_folder, "journal.db"), Logger.None);
        // 90% sales, 5% voids, 5% refunds, as a busy shop's day; written 500 to a transaction.
        for (var start = 1; start <= Transactions; start += 500)
        {
            var records = Enumerable.Range(start, 500).Select(v => (v % 20) switch
            {
                0 => JournalRecords.Sale(v, type: TransactionType.Void),
                1 => JournalRecords.Sale(v, type: TransactionType.Refund),
                2 => JournalRecords.Sale(v, status: TransactionStatus.Voided),
                _ => JournalRecords.Sale(v),
            }).ToArray();
            _journal.Write("bench batch", records);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _journal.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "batch totals, 10,000 transactions: records loaded, BatchTotals.Of")]
    public BatchTotals Totals() => BatchTotals.Of(_journal.ListBatch(1));

    [Benchmark(Description = "batch totals, 10,000 transactions: journal.Totals (SQL aggregate)")]
    public BatchTotals StoreTotals() => _journal.Totals(1);
}
