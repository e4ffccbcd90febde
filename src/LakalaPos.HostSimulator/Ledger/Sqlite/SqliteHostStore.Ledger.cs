using System.Globalization;
using LakalaPos.Iso8583.Fields;
using Microsoft.Data.Sqlite;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>The ledger of approved transactions, in the order they were booked.</summary>
public sealed partial class SqliteHostStore
{
    private const string LedgerColumns =
        "kind, terminal, merchant, batch, trace, rrn, auth_code, amount_fen, pan, host_time, original_rrn, refund_method, voided, reversed, refunded_fen";

    public void AddTransaction(HostTransaction transaction) => Run(tx =>
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (FindByRrn(transaction.Rrn) is not null)
            throw new InvalidOperationException($"the ledger already holds RRN {transaction.Rrn}");
        var command = Command(tx,
            $"INSERT INTO ledger ({LedgerColumns}) VALUES ($kind, $terminal, $merchant, $batch, $trace, $rrn, $auth, $amount, $pan, $time, $original, $method, $voided, $reversed, $refunded)",
            LedgerParameters(transaction));
        command.ExecuteNonQuery();
    });

    public void UpdateTransaction(HostTransaction transaction) => Run(tx =>
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var command = Command(tx,
            "UPDATE ledger SET kind = $kind, terminal = $terminal, merchant = $merchant, batch = $batch, trace = $trace, " +
            "auth_code = $auth, amount_fen = $amount, pan = $pan, host_time = $time, original_rrn = $original, " +
            "refund_method = $method, voided = $voided, reversed = $reversed, refunded_fen = $refunded WHERE rrn = $rrn",
            LedgerParameters(transaction));
        if (command.ExecuteNonQuery() == 0)
            throw new InvalidOperationException($"no transaction with RRN {transaction.Rrn} to update");
    });

    public HostTransaction? FindByTrace(TerminalId terminal, string batch, string trace) =>
        QueryLedger("WHERE terminal = $terminal AND merchant = $merchant AND batch = $batch AND trace = $trace ORDER BY id DESC LIMIT 1",
            ("$terminal", terminal.TerminalNumber), ("$merchant", terminal.MerchantNumber), ("$batch", batch), ("$trace", trace))
        .SingleOrDefault();

    public HostTransaction? FindByRrn(string rrn) => QueryLedger("WHERE rrn = $rrn", ("$rrn", rrn)).SingleOrDefault();

    public IReadOnlyList<HostTransaction> TransactionsOf(TerminalId terminal) =>
        QueryLedger("WHERE terminal = $terminal AND merchant = $merchant ORDER BY id",
            ("$terminal", terminal.TerminalNumber), ("$merchant", terminal.MerchantNumber));

    private List<HostTransaction> QueryLedger(string condition, params (string, object?)[] parameters) => Run(tx =>
    {
        var command = Command(tx, $"SELECT {LedgerColumns} FROM ledger {condition}", parameters);
        using var reader = command.ExecuteReader();
        var found = new List<HostTransaction>();
        while (reader.Read())
            found.Add(ReadTransaction(reader));
        return found;
    });

    private (string, object?)[] LedgerParameters(HostTransaction t) =>
    [
        ("$kind", t.Kind.ToString()), ("$terminal", t.Terminal.TerminalNumber), ("$merchant", t.Terminal.MerchantNumber),
        ("$batch", t.Batch), ("$trace", t.Trace), ("$rrn", t.Rrn), ("$auth", t.AuthCode), ("$amount", t.AmountFen),
        ("$pan", t.Pan is null ? null : _cipher.ProtectPan(t.Pan)), ("$time", StoreTime.Format(t.HostTime)),
        ("$original", t.OriginalRrn), ("$method", t.RefundMethod is { } m ? RefundMethodCode.For(m) : null),
        ("$voided", t.Voided), ("$reversed", t.Reversed), ("$refunded", t.RefundedFen),
    ];

    private HostTransaction ReadTransaction(SqliteDataReader r) => new()
    {
        Kind = Enum.Parse<HostTransactionKind>(r.GetString(0)),
        Terminal = new TerminalId(r.GetString(1), r.GetString(2)),
        Batch = r.GetString(3),
        Trace = r.GetString(4),
        Rrn = r.GetString(5),
        AuthCode = r.GetString(6),
        AmountFen = r.GetInt64(7),
        Pan = r.IsDBNull(8) ? null : _cipher.UnprotectPan(r.GetString(8)),
        HostTime = StoreTime.Parse(r.GetString(9)),
        OriginalRrn = r.IsDBNull(10) ? null : r.GetString(10),
        RefundMethod = r.IsDBNull(11) ? null : StoredMethod(r.GetString(11)),
        Voided = r.GetBoolean(12),
        Reversed = r.GetBoolean(13),
        RefundedFen = r.GetInt64(14),
    };

    /// <summary>The method column holds the wire code (RM1, RM2); files written before kept the names "Original" and "Balance".</summary>
    private static RefundDestination StoredMethod(string text) => RefundMethodCode.Parse(text) ?? (text == "Balance"
        ? RefundDestination.BalanceAccount
        : RefundDestination.Card);
}

/// <summary>Times in the file: ISO 8601 round-trip text, offset included, so a read-back time equals the one written.</summary>
internal static class StoreTime
{
    public static string Format(DateTimeOffset time) => time.ToString("o", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.ParseExact(text, "o", CultureInfo.InvariantCulture, DateTimeStyles.None);
}
