using LakalaPos.Core.Journal;
using LakalaPos.Journal.Counting;
using Microsoft.Data.Sqlite;
using Serilog;
using SQLitePCL;

namespace LakalaPos.Journal;

/// <summary>
/// The terminal journal in one SQLite file (WAL, synchronous=FULL). Every public call is one
/// BEGIN IMMEDIATE ... COMMIT transaction, so a power cut keeps all of a call or none of it.
/// One connection, serialised by a lock: the terminal has one journal user at a time anyway.
/// Beside the file it keeps the high-water mark of the numbers taken (<c>journal.hwm</c>), and,
/// when asked, a backup after each settlement.
/// </summary>
public sealed partial class SqliteJournal : IJournal
{
    private static int s_nativeReady;

    private readonly SqliteConnection _connection;
    private readonly ILogger _log;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly string _markPath;
    private readonly string? _settlementBackupPath;
    private readonly JournalDurability _durability;
    private bool _closed;

    private SqliteJournal(SqliteConnection connection, string filePath, int schemaVersion, ILogger log, TimeProvider clock, string? settlementBackupPath,
        JournalDurability durability)
    {
        _durability = durability;
        _connection = connection;
        FilePath = filePath;
        SchemaVersion = schemaVersion;
        _log = log;
        _clock = clock;
        _markPath = CounterMark.PathFor(filePath);
        _settlementBackupPath = settlementBackupPath;
    }

    /// <summary>The full path of the journal file.</summary>
    public string FilePath { get; }

    /// <summary>The schema version the file has after opening (the newest this software knows).</summary>
    public int SchemaVersion { get; }

    /// <summary>
    /// Creates the journal file, or opens an existing one and applies any newer migrations.
    /// Throws <see cref="JournalFileException"/> (naming the file, and saying what to do) for a file
    /// that is not a journal, was written by newer software, or is behind the numbers already used
    /// (its high-water mark); nothing is written to such a file. History times come from
    /// <paramref name="clock"/> (default: the system clock). With <paramref name="settlementBackupPath"/>,
    /// a copy of the journal is kept there after each settlement. <paramref name="durability"/> is what a
    /// commit survives: a power cut (a terminal's), or only the process ending (<see cref="JournalDurability.ProcessEnd"/>, replays).
    /// </summary>
    public static SqliteJournal Open(string path, ILogger log, TimeProvider? clock = null, string? settlementBackupPath = null,
        JournalDurability durability = JournalDurability.PowerCut) =>
        Open(path, log, clock ?? TimeProvider.System, JournalMigrations.All, settlementBackupPath, durability);

    internal static SqliteJournal Open(
        string path, ILogger log, TimeProvider clock, IReadOnlyList<JournalMigration> migrations, string? settlementBackupPath = null,
        JournalDurability durability = JournalDurability.PowerCut)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(clock);
        JournalSchema.CheckMigrationList(migrations);
        var fullPath = Path.GetFullPath(path);
        var markPath = CounterMark.PathFor(fullPath);
        var connection = OpenConnection(fullPath, SqliteOpenMode.ReadWriteCreate);
        try
        {
            // Everything that can refuse the file reads only; the first write is the upgrade.
            var found = JournalSchema.ReadVersion(connection, fullPath, migrations[^1].Version);
            var used = CounterGuard.ReadMark(markPath);
            CounterGuard.CheckNotBehind(fullPath, CounterGuard.ReadCounters(connection, fullPath, found), used);
            var version = JournalSchema.Upgrade(connection, fullPath, migrations, found, clock, log, durability);
            if (used is null)
                CounterMark.Write(markPath, CounterGuard.ReadCounters(connection, fullPath, version)!.Value, durability);
            log.Information("Journal {Path} open, schema version {Version}, durable against {Durability}", fullPath, version, durability.ToString());
            return new SqliteJournal(connection, fullPath, version, log, clock, settlementBackupPath, durability);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new JournalFileException(fullPath, $"Journal '{fullPath}' could not be opened: {ex.Message}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Drops the connection the way a power cut would: no checkpoint, no cleanup, no write of
    /// any kind. Committed calls stay in the database and -wal files; reopening the file recovers them.
    /// The instance is unusable afterwards.
    /// </summary>
    public void SimulatePowerLoss()
    {
        lock (_gate)
        {
            if (_closed)
                return;
            _closed = true;

            // Closing the last connection normally copies the WAL into the main file: a write
            // that a real power cut would never make, and that would hide WAL recovery from tests.
            var handle = _connection.Handle;
            if (handle is not null)
                raw.sqlite3_db_config(handle, raw.SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, out _);
            _connection.Dispose();
        }

        _log.Warning("Journal {Path}: simulated power loss, connection dropped", FilePath);
    }

    /// <summary>Clean shutdown: closes the connection (SQLite may checkpoint the WAL into the main file).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_closed)
                return;
            _closed = true;
            _connection.Dispose();
        }

        _log.Information("Journal {Path} closed", FilePath);
    }

    /// <summary>For tests: the value of a per-connection pragma such as synchronous or foreign_keys.</summary>
    internal string ReadPragma(string name) => InTransaction(tx =>
    {
        using var command = Command(tx, $"PRAGMA {name}");
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    });

    /// <summary>An open connection to the file, not pooled; throws <see cref="JournalFileException"/> when it cannot be opened.</summary>
    internal static SqliteConnection OpenConnection(string fullPath, SqliteOpenMode mode)
    {
        EnsureNativeLibrary();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = mode,

            // A pooled connection would survive Dispose, so "reopen" would not reopen the file
            // and power-loss tests would prove nothing.
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new JournalFileException(fullPath, $"Journal '{fullPath}' could not be opened: {ex.Message}", ex);
        }
    }

    private static void EnsureNativeLibrary()
    {
        // Explicit, not left to reflection, so NativeAOT builds keep the native provider.
        if (Interlocked.Exchange(ref s_nativeReady, 1) == 0)
            Batteries_V2.Init();
    }

    /// <summary>
    /// Runs <paramref name="work"/> as one BEGIN IMMEDIATE ... COMMIT; any exception rolls back.
    /// <paramref name="afterCommit"/> runs after the commit, before any other call can start.
    /// </summary>
    private T InTransaction<T>(Func<SqliteTransaction, T> work, Action<T>? afterCommit = null)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            T result;
            using (var transaction = _connection.BeginTransaction(deferred: false))
            {
                result = work(transaction);
                transaction.Commit();
            }

            afterCommit?.Invoke(result);
            return result;
        }
    }

    private void InTransaction(Action<SqliteTransaction> work) =>
        InTransaction(tx =>
        {
            work(tx);
            return 0;
        });

    private static SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
