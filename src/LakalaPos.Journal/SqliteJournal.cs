using LakalaPos.Core.Journal;
using Microsoft.Data.Sqlite;
using Serilog;
using SQLitePCL;

namespace LakalaPos.Journal;

/// <summary>
/// The terminal journal in one SQLite file (WAL, synchronous=FULL). Every public call is one
/// BEGIN IMMEDIATE ... COMMIT transaction, so a power cut keeps all of a call or none of it.
/// One connection, serialised by a lock: the terminal has one journal user at a time anyway.
/// </summary>
public sealed partial class SqliteJournal : IJournal
{
    private static int s_nativeReady;

    private readonly SqliteConnection _connection;
    private readonly ILogger _log;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private bool _closed;

    private SqliteJournal(SqliteConnection connection, string filePath, int schemaVersion, ILogger log, TimeProvider clock)
    {
        _connection = connection;
        FilePath = filePath;
        SchemaVersion = schemaVersion;
        _log = log;
        _clock = clock;
    }

    /// <summary>The full path of the journal file.</summary>
    public string FilePath { get; }

    /// <summary>The schema version the file has after opening (the newest this software knows).</summary>
    public int SchemaVersion { get; }

    /// <summary>
    /// Creates the journal file, or opens an existing one and applies any newer migrations.
    /// Throws <see cref="JournalFileException"/> (naming the file) for a file that is not a
    /// journal or was written by newer software. History times come from <paramref name="clock"/>
    /// (default: the system clock).
    /// </summary>
    public static SqliteJournal Open(string path, ILogger log, TimeProvider? clock = null) =>
        Open(path, log, clock ?? TimeProvider.System, JournalMigrations.All);

    internal static SqliteJournal Open(string path, ILogger log, TimeProvider clock, IReadOnlyList<JournalMigration> migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(clock);
        var fullPath = Path.GetFullPath(path);
        EnsureNativeLibrary();

        var connection = new SqliteConnection(ConnectionString(fullPath));
        try
        {
            connection.Open();
            var version = JournalSchema.Prepare(connection, fullPath, migrations, clock, log);
            log.Information("Journal {Path} open, schema version {Version}", fullPath, version);
            return new SqliteJournal(connection, fullPath, version, log, clock);
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

    private static string ConnectionString(string fullPath) => new SqliteConnectionStringBuilder
    {
        DataSource = fullPath,
        Mode = SqliteOpenMode.ReadWriteCreate,

        // A pooled connection would survive Dispose, so "reopen" would not reopen the file
        // and power-loss tests would prove nothing.
        Pooling = false,
    }.ToString();

    private static void EnsureNativeLibrary()
    {
        // Explicit, not left to reflection, so NativeAOT builds keep the native provider.
        if (Interlocked.Exchange(ref s_nativeReady, 1) == 0)
            Batteries_V2.Init();
    }

    /// <summary>Runs <paramref name="work"/> as one BEGIN IMMEDIATE ... COMMIT; any exception rolls back.</summary>
    private T InTransaction<T>(Func<SqliteTransaction, T> work)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            using var transaction = _connection.BeginTransaction(deferred: false);
            var result = work(transaction);
            transaction.Commit();
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
