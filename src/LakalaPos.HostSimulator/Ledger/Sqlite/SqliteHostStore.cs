using LakalaPos.Iso8583.Security;
using Microsoft.Data.Sqlite;
using Serilog;
using SQLitePCL;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>
/// The host's memory in one SQLite file (WAL, synchronous=FULL), so accounts, sessions, the
/// ledger, the sequence, settlements and uploads survive a restart of the simulator. Every call
/// is committed before it returns; <see cref="Atomically{T}"/> makes a whole request one unit (a
/// savepoint). <see cref="AtomicallyDeferred{T}"/> is group commit: the units of many requests go
/// into one transaction, which a committer thread commits (one fsync for all of them); each
/// request's task completes once its unit is on disk, and only then may it be answered. One
/// connection, one lock; statements are prepared once and reused. Card numbers and working keys are kept encrypted under a storage key
/// (<see cref="StoreCipher"/>); a file is only opened with the key it was created with.
/// </summary>
public sealed partial class SqliteHostStore : IHostStore, IDisposable
{
    private static int s_nativeReady;

    private readonly SqliteConnection _connection;
    private readonly StoreCipher _cipher;
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    /// <summary>Working keys by terminal (null: not signed in), decrypted once; cleared when a unit or a commit is rolled back.</summary>
    private readonly Dictionary<TerminalId, WorkingKeys?> _sessionKeys = [];
    /// <summary>The open group transaction: units since the last commit.</summary>
    private SqliteTransaction? _batch;
    private TaskCompletionSource _batchDurable = NewDurable();
    private bool _inUnit;
    private bool _closed;
    private int _entering;
    private Thread? _committer;
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private int _wakePending;

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

    /// <summary>
    /// Group commit: runs <paramref name="work"/> as a unit in the open group transaction and returns
    /// at once with a task that completes when the unit is on disk (faults when its commit failed:
    /// then nothing of the group was kept). A unit that throws is rolled back alone.
    /// </summary>
    public (T Result, Task Durable) AtomicallyDeferred<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Interlocked.Increment(ref _entering);
        try
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_closed, this);
                if (_inUnit)
                    return (work(), Task.CompletedTask); // inside a unit already: it decides when it is durable
                var result = Unit(_ => work());
                var durable = _batchDurable.Task;
                StartCommitter();
                if (Interlocked.Exchange(ref _wakePending, 1) == 0)
                    _wake.Release();
                return (result, durable);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _entering);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_closed)
                return;
            _closed = true;
            // What was decided is committed before the file closes (answers may be waiting for it).
            CommitBatch();
            foreach (var command in _commands.Values)
                command.Dispose();
            _commands.Clear();
            _connection.Dispose();
            _cipher.Dispose();
        }
        _wake.Release();
        _committer?.Join(TimeSpan.FromSeconds(5));
        _log.Information("Host store {Path} closed", FilePath);
    }

    /// <summary>For tests: a pragma's value on the store's connection (journal_mode, synchronous).</summary>
    internal string ReadPragma(string name) => Run(tx =>
    {
        using var command = Command(tx, $"PRAGMA {name}");
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    });

    /// <summary>Runs <paramref name="work"/> in the open unit, or as a unit of its own committed at once (with any group pending); an exception rolls the unit back.</summary>
    private T Run<T>(Func<SqliteTransaction, T> work)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            if (_inUnit)
                return work(_batch!);
            var result = Unit(work);
            CommitBatch(rethrow: true);
            return result;
        }
    }

    /// <summary>Under <see cref="_gate"/>: one unit (a savepoint) in the group transaction, begun when none is open.</summary>
    private T Unit<T>(Func<SqliteTransaction, T> work)
    {
        var batch = _batch ??= _connection.BeginTransaction(deferred: false);
        batch.Save("unit");
        _inUnit = true;
        try
        {
            var result = work(batch);
            batch.Release("unit");
            return result;
        }
        catch
        {
            _sessionKeys.Clear();
            try
            {
                batch.Rollback("unit");
                batch.Release("unit");
            }
            catch (Exception rollback)
            {
                // The savepoint cannot be undone alone: the whole group goes, its requests are not answered.
                _log.Error("Host store {Path}: a unit could not be rolled back alone ({Error}); the pending group is dropped", FilePath, rollback.Message);
                FailBatch(rollback);
            }
            throw;
        }
        finally
        {
            _inUnit = false;
        }
    }

    /// <summary>Under <see cref="_gate"/>: commits the group transaction (one fsync) and releases the requests waiting for it.</summary>
    private void CommitBatch(bool rethrow = false)
    {
        if (_batch is not { } batch)
            return;
        try
        {
            batch.Commit();
        }
        catch (Exception ex)
        {
            _log.Error("Host store {Path}: a group commit failed ({Error}); its requests are not answered", FilePath, ex.Message);
            FailBatch(ex);
            if (rethrow)
                throw;
            return;
        }
        batch.Dispose();
        _batch = null;
        var done = _batchDurable;
        _batchDurable = NewDurable();
        done.SetResult();
    }

    private void FailBatch(Exception cause)
    {
        _sessionKeys.Clear();
        try
        {
            _batch?.Rollback();
        }
        catch (Exception)
        {
            // The connection rolls back on its own when the transaction cannot be.
        }
        _batch?.Dispose();
        _batch = null;
        var failed = _batchDurable;
        _batchDurable = NewDurable();
        failed.SetException(new HostStoreException($"Host store '{FilePath}': the group commit failed ({cause.Message}).", cause));
    }

    private static TaskCompletionSource NewDurable() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void StartCommitter()
    {
        if (_committer is not null)
            return;
        _committer = new Thread(CommitLoop) { IsBackground = true, Name = "host store group commit" };
        _committer.Start();
    }

    /// <summary>
    /// Commits the group whenever units are pending; before committing it lets the requests already
    /// on their way into the store join (at most a millisecond), so one fsync serves many of them.
    /// </summary>
    private void CommitLoop()
    {
        var joinWait = System.Diagnostics.Stopwatch.Frequency / 1000;
        while (true)
        {
            _wake.Wait();
            Volatile.Write(ref _wakePending, 0);
            var until = System.Diagnostics.Stopwatch.GetTimestamp() + joinWait;
            while (Volatile.Read(ref _entering) > 0 && System.Diagnostics.Stopwatch.GetTimestamp() < until)
                Thread.Yield();
            lock (_gate)
            {
                if (_closed)
                    return;
                CommitBatch();
            }
        }
    }

    private void Run(Action<SqliteTransaction> work) => Run(tx =>
    {
        work(tx);
        return 0;
    });

    /// <summary>A prepared statement, kept for the next call with the same text; its parameters are set anew.</summary>
    private SqliteCommand Command(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
