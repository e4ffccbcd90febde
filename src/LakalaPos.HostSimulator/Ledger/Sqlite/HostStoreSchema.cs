using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>
/// Decides whether a file may be used as the host store, sets WAL and synchronous=FULL, and
/// brings the schema up to date. Nothing is written to a file until it is known to be a host
/// store (or empty).
/// </summary>
internal static class HostStoreSchema
{
    /// <summary>Stamped into the SQLite header ("LKHS") so a host store is recognised without reading tables.</summary>
    public const int ApplicationId = 0x4C4B4853;

    private static readonly (int Version, string Description, string Sql)[] Migrations =
    [
        (1, "accounts, PIN tries, sessions, ledger, sequence, settlements, uploads", """
            CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);
            CREATE TABLE store_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE accounts (pan TEXT PRIMARY KEY, available_fen INTEGER NOT NULL);
            CREATE TABLE balance_accounts (pan TEXT PRIMARY KEY, fen INTEGER NOT NULL);
            CREATE TABLE pin_tries (pan TEXT PRIMARY KEY, failures INTEGER NOT NULL, day TEXT NOT NULL);
            CREATE TABLE sessions (terminal TEXT NOT NULL, merchant TEXT NOT NULL, keys BLOB NOT NULL, PRIMARY KEY (terminal, merchant));
            CREATE TABLE sequence (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
            INSERT INTO sequence (name, value) VALUES ('reference', 0);
            CREATE TABLE ledger (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                rrn TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                terminal TEXT NOT NULL,
                merchant TEXT NOT NULL,
                batch TEXT NOT NULL,
                trace TEXT NOT NULL,
                auth_code TEXT NOT NULL,
                amount_fen INTEGER NOT NULL,
                pan TEXT,
                host_time TEXT NOT NULL,
                original_rrn TEXT,
                refund_method TEXT,
                voided INTEGER NOT NULL,
                reversed INTEGER NOT NULL,
                refunded_fen INTEGER NOT NULL);
            CREATE INDEX ledger_by_trace ON ledger (terminal, merchant, batch, trace);
            CREATE TABLE settlements (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                terminal TEXT NOT NULL,
                merchant TEXT NOT NULL,
                batch TEXT NOT NULL,
                trace TEXT NOT NULL,
                host_time TEXT NOT NULL,
                terminal_debit_fen INTEGER NOT NULL,
                terminal_debit_count INTEGER NOT NULL,
                terminal_credit_fen INTEGER NOT NULL,
                terminal_credit_count INTEGER NOT NULL,
                host_debit_fen INTEGER NOT NULL,
                host_debit_count INTEGER NOT NULL,
                host_credit_fen INTEGER NOT NULL,
                host_credit_count INTEGER NOT NULL,
                verdict INTEGER NOT NULL);
            CREATE TABLE uploads (
                terminal TEXT NOT NULL,
                merchant TEXT NOT NULL,
                batch TEXT NOT NULL,
                trace TEXT NOT NULL,
                card_organisation TEXT NOT NULL,
                pan TEXT NOT NULL,
                amount_fen INTEGER NOT NULL,
                kind TEXT NOT NULL,
                uploaded_at TEXT NOT NULL,
                discrepancy TEXT,
                PRIMARY KEY (terminal, merchant, batch, trace));
            """),
    ];

    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>Checks the file and the storage key, sets the pragmas, applies missing migrations; returns the schema version.</summary>
    public static int Prepare(SqliteConnection connection, string path, StoreCipher cipher, DateTimeOffset now)
    {
        var version = ReadVersionOrZero(connection, path);
        if (version > LatestVersion)
        {
            throw new HostStoreException(
                $"Host store '{path}' has schema version {version}, newer than this simulator understands ({LatestVersion}); it was not opened.");
        }
        SetPragmas(connection, path);
        foreach (var migration in Migrations.Where(m => m.Version > version))
            Apply(connection, migration, cipher, now);
        CheckStorageKey(connection, path, cipher);
        return LatestVersion;
    }

    private static int ReadVersionOrZero(SqliteConnection connection, string path)
    {
        long applicationId, objectCount;
        try
        {
            applicationId = Scalar(connection, "PRAGMA application_id");
            objectCount = Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
        }
        catch (SqliteException ex)
        {
            throw new HostStoreException($"'{path}' is not a host store: it is not an SQLite database ({ex.Message}).", ex);
        }
        if (applicationId == 0 && objectCount == 0)
            return 0;
        if (applicationId != ApplicationId)
        {
            throw new HostStoreException(
                $"'{path}' is not a host store: it is an SQLite database of another application (application id 0x{applicationId:X8}). It was left untouched.");
        }
        try
        {
            return (int)Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version");
        }
        catch (SqliteException ex)
        {
            throw new HostStoreException($"'{path}' is marked as a host store but has no readable schema version ({ex.Message}).", ex);
        }
    }

    private static void SetPragmas(SqliteConnection connection, string path)
    {
        // WAL: a commit is one append to the -wal file; FULL: it is on disk before the call returns.
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL";
        var mode = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            throw new HostStoreException($"Host store '{path}' could not be switched to WAL mode (SQLite answered '{mode}').");
        command.CommandText = "PRAGMA synchronous=FULL";
        command.ExecuteNonQuery();
    }

    private static void Apply(SqliteConnection connection, (int Version, string Description, string Sql) migration, StoreCipher cipher, DateTimeOffset now)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = migration.Sql;
        command.ExecuteNonQuery();
        if (migration.Version == 1)
        {
            // Stamp and key check commit together with the first schema, so a half-made file cannot exist.
            command.CommandText = $"PRAGMA application_id = {ApplicationId}";
            command.ExecuteNonQuery();
            command.CommandText = "INSERT INTO store_meta (name, value) VALUES ('storage_key_check', $check)";
            command.Parameters.AddWithValue("$check", cipher.CheckValue);
            command.ExecuteNonQuery();
            command.Parameters.Clear();
        }
        command.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($version, $description, $at)";
        command.Parameters.AddWithValue("$version", migration.Version);
        command.Parameters.AddWithValue("$description", migration.Description);
        command.Parameters.AddWithValue("$at", now.ToString("o", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>Another storage key would make every stored card and key unreadable: refused before anything is read.</summary>
    private static void CheckStorageKey(SqliteConnection connection, string path, StoreCipher cipher)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM store_meta WHERE name = 'storage_key_check'";
        var stored = command.ExecuteScalar() as string;
        if (stored != cipher.CheckValue)
        {
            throw new HostStoreException(
                $"Host store '{path}' was written under another storage key (check value {stored ?? "none"}, this key's is {cipher.CheckValue}); it was not opened.");
        }
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
