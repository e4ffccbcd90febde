using Microsoft.Data.Sqlite;
using Serilog;
using SQLitePCL;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>
/// The host's memory in one SQLite file (WAL, synchronous=FULL), so accounts, sessions, the
/// ledger, the sequence, settlements and uploads survive a restart of the simulator. Every call
/// is one transaction; <see cref="Atomically{T}"/> makes a whole request one. One connection,
/// one lock. Card numbers and working keys are kept encrypted under a storage key
/// (<see cref="StoreCipher"/>); a file is only opened with the key it was created with.
/// </summary>
public sealed partial class SqliteHostStore : IHostStore, IDisposable
{
    private static int s_nativeReady;

    private readonly SqliteConnection _connection;
    private readonly StoreCipher _cipher;
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    private SqliteTransaction? _current;
    private bool _closed;

    private SqliteHostStore(SqliteConnection connection, StoreCipher cipher, string filePath, int schemaVersion, ILogger log)
    {
        _connection = connection;
        _cipher = cipher;
        FilePath = filePath;
        SchemaVersion = schemaVersion;
        _log = log;
    }

    public string FilePath { get; }

    public int SchemaVersion { get; }

    /// <summary>
    /// Creates the store file, or opens an existing one. <paramref name="storageKey"/> (16 bytes)
    /// encrypts card numbers and working keys in the file; null means the test master key, which
    /// keeps them from being read at a glance but is no secret. Throws <see cref="HostStoreException"/>
    /// (naming the file) for a file that is not a host store, has a newer schema, or was written
    /// under another storage key.
    /// </summary>
    public static SqliteHostStore Open(string path, byte[]? storageKey = null, ILogger? log = null, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var logger = (log ?? Serilog.Core.Logger.None).ForContext<SqliteHostStore>();
        var fullPath = Path.GetFullPath(path);
        var cipher = new StoreCipher(storageKey ?? SimulatorSettings.TestMasterKey);
        if (Interlocked.Exchange(ref s_nativeReady, 1) == 0)
            Batteries_V2.Init(); // explicit, so NativeAOT keeps the native provider
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false, // a pooled connection would outlive Dispose: reopening would not reopen the file
        }.ToString());
        try
        {
            connection.Open();
            var version = HostStoreSchema.Prepare(connection, fullPath, cipher, (clock ?? TimeProvider.System).GetLocalNow());
            logger.Information("Host store {Path} open, schema version {Version}", fullPath, version);
            return new SqliteHostStore(connection, cipher, fullPath, version, logger);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            cipher.Dispose();
            throw new HostStoreException($"Host store '{fullPath}' could not be opened: {ex.Message}", ex);
        }
        catch
        {
            connection.Dispose();
            cipher.Dispose();
            throw;
        }
    }

    public T Atomically<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Run(_ => work());
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_closed)
                return;
            _closed = true;
            _connection.Dispose();
            _cipher.Dispose();
        }
        _log.Information("Host store {Path} closed", FilePath);
    }

    /// <summary>For tests: a pragma's value on the store's connection (journal_mode, synchronous).</summary>
    internal string ReadPragma(string name) => Run(tx =>
    {
        using var command = Command(tx, $"PRAGMA {name}");
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    });

    /// <summary>Runs <paramref name="work"/> in the open unit, or in its own BEGIN IMMEDIATE ... COMMIT; an exception rolls back.</summary>
    private T Run<T>(Func<SqliteTransaction, T> work)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            if (_current is { } open)
                return work(open);
            using var transaction = _connection.BeginTransaction(deferred: false);
            _current = transaction;
            try
            {
                var result = work(transaction);
                transaction.Commit();
                return result;
            }
            finally
            {
                _current = null;
            }
        }
    }

    private void Run(Action<SqliteTransaction> work) => Run(tx =>
    {
        work(tx);
        return 0;
    });

    private static SqliteCommand Command(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
