using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using Microsoft.Data.Sqlite;

namespace LakalaPos.Journal;

/// <summary>Maps <see cref="TransactionRecord"/> to and from a row of the transactions table.</summary>
internal static class TransactionRows
{
    // Every column except id; parameters are named "$" + column.
    private static readonly string[] Columns =
    [
        "type", "status", "voucher", "batch", "amount_fen", "operator_no", "local_time",
        "masked_pan", "encrypted_pan", "expiry_yymm", "entry_mode", "pin_entered",
        "response_code", "rrn", "auth_code", "balance_fen",
        "orig_voucher", "orig_batch", "orig_rrn", "orig_auth_code", "orig_date", "reason", "refund_method",
        "reversal_state", "reversal_reason", "reversal_attempts", "printed_copies",
        "card_sequence", "encrypted_icc_data", "order_no", "ecr_request",
    ];

    public static readonly string SelectColumns = "id, " + string.Join(", ", Columns);

    public static readonly string InsertSql =
        $"INSERT INTO transactions ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))}) RETURNING id";

    public static readonly string UpdateSql =
        $"UPDATE transactions SET {string.Join(", ", Columns.Select(c => $"{c} = ${c}"))} WHERE id = $id";

    public static void Bind(SqliteCommand command, TransactionRecord r)
    {
        var p = command.Parameters;
        p.Clear();
        p.AddWithValue("$id", r.Id);
        p.AddWithValue("$type", JournalText.FromEnum(r.Type));
        p.AddWithValue("$status", JournalText.FromEnum(r.Status));
        p.AddWithValue("$voucher", r.Voucher);
        p.AddWithValue("$batch", r.Batch);
        p.AddWithValue("$amount_fen", r.AmountFen);
        p.AddWithValue("$operator_no", r.OperatorNo);
        p.AddWithValue("$local_time", JournalText.FromTime(r.LocalTime));
        p.AddWithValue("$masked_pan", Nullable(r.MaskedPan));
        p.Add("$encrypted_pan", SqliteType.Blob).Value = Nullable(r.EncryptedPan);
        p.AddWithValue("$expiry_yymm", Nullable(r.ExpiryYyMm));
        p.AddWithValue("$entry_mode", r.EntryMode is { } mode ? JournalText.FromEnum(mode) : DBNull.Value);
        p.AddWithValue("$pin_entered", r.PinEntered ? 1 : 0);
        p.AddWithValue("$response_code", Nullable(r.ResponseCode));
        p.AddWithValue("$rrn", Nullable(r.Rrn));
        p.AddWithValue("$auth_code", Nullable(r.AuthCode));
        p.AddWithValue("$balance_fen", Nullable(r.BalanceFen));
        p.AddWithValue("$orig_voucher", Nullable(r.OrigVoucher));
        p.AddWithValue("$orig_batch", Nullable(r.OrigBatch));
        p.AddWithValue("$orig_rrn", Nullable(r.OrigRrn));
        p.AddWithValue("$orig_auth_code", Nullable(r.OrigAuthCode));
        p.AddWithValue("$orig_date", Nullable(r.OrigDate));
        p.AddWithValue("$reason", Nullable(r.Reason));
        p.AddWithValue("$refund_method", r.RefundMethod is { } method ? JournalText.FromEnum(method) : DBNull.Value);
        p.AddWithValue("$reversal_state", JournalText.FromEnum(r.ReversalState));
        p.AddWithValue("$reversal_reason", Nullable(r.ReversalReason));
        p.AddWithValue("$reversal_attempts", r.ReversalAttempts);
        p.AddWithValue("$printed_copies", r.PrintedCopies);
        p.AddWithValue("$card_sequence", Nullable(r.CardSequence));
        p.Add("$encrypted_icc_data", SqliteType.Blob).Value = Nullable(r.EncryptedIccData);
        p.AddWithValue("$order_no", Nullable(r.OrderNo));
        p.AddWithValue("$ecr_request", Nullable(r.EcrRequestId));
    }

    /// <summary>
    /// A condition true only of rows <see cref="TryRead"/> reads (the table is STRICT, so the
    /// column types hold; what is left is enum names, 32-bit numbers and the time text). It may
    /// be false of a readable row — such a row is then read in full — never true of an unreadable one.
    /// </summary>
    public static readonly string ReadableSql = "(" + string.Join(" AND ",
    [
        Names<TransactionType>("type"),
        Names<TransactionStatus>("status"),
        Names<ReversalState>("reversal_state"),
        $"(entry_mode IS NULL OR {Names<EntryMode>("entry_mode")})",
        $"(refund_method IS NULL OR {Names<RefundMethod>("refund_method")})",
        .. new[] { "voucher", "batch", "reversal_attempts", "printed_copies" }.Select(c => $"typeof({c}) = 'integer' AND {c} BETWEEN {int.MinValue} AND {int.MaxValue}"),
        .. new[] { "orig_voucher", "orig_batch", "reason" }.Select(c => $"({c} IS NULL OR (typeof({c}) = 'integer' AND {c} BETWEEN {int.MinValue} AND {int.MaxValue}))"),
        "typeof(amount_fen) = 'integer'",
        "typeof(pin_entered) = 'integer'",
        "typeof(operator_no) = 'text'",
        "(balance_fen IS NULL OR typeof(balance_fen) = 'integer')",
        // DateTimeOffset "O": yyyy-MM-ddTHH:mm:ss.fffffff+hh:mm, a real date and time, an offset within ±14:00,
        // and a year far enough from 0001 and 9999 that the offset cannot take it out of range.
        "typeof(local_time) = 'text'",
        "local_time GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9][0-9][0-9][0-9][0-9]?[0-9][0-9]:[0-9][0-9]'",
        "substr(local_time, 28, 1) IN ('+', '-')",
        "strftime('%Y-%m-%dT%H:%M:%S', substr(local_time, 1, 19)) = substr(local_time, 1, 19)",
        "substr(local_time, 1, 4) BETWEEN '0002' AND '9998'",
        "substr(local_time, 29, 5) <= '14:00'",
        "substr(local_time, 32, 2) <= '59'",
    ]) + ")";

    private static string Names<T>(string column)
        where T : struct, Enum =>
        $"{column} IN ({string.Join(", ", Enum.GetValues<T>().Select(v => $"'{JournalText.FromEnum(v)}'"))})";

    /// <summary>
    /// Reads a row selected with <see cref="SelectColumns"/>: the record, or — for a row this
    /// software cannot read (an unknown name, a bad time or number) — what is known of it and why.
    /// </summary>
    public static (TransactionRecord? Record, UnreadableRecord? Unreadable) TryRead(SqliteDataReader row)
    {
        try
        {
            return (Read(row), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidCastException or FormatException or OverflowException)
        {
            return (null, new UnreadableRecord(row.GetInt64(0), LenientInt(row, 3), LenientInt(row, 4), ex.Message));
        }
    }

    /// <summary>
    /// Reads a row selected with <see cref="SelectColumns"/> (ordinals follow that column order).
    /// <see cref="TransactionRecord.Items"/> are in another table: the caller adds them (<see cref="OrderItemRows"/>).
    /// </summary>
    private static TransactionRecord Read(SqliteDataReader row) => new()
    {
        Id = row.GetInt64(0),
        Type = JournalText.ToEnum<TransactionType>(row.GetString(1), "type"),
        Status = JournalText.ToEnum<TransactionStatus>(row.GetString(2), "status"),
        Voucher = row.GetInt32(3),
        Batch = row.GetInt32(4),
        AmountFen = row.GetInt64(5),
        OperatorNo = row.GetString(6),
        LocalTime = JournalText.ToTime(row.GetString(7), "local_time"),
        MaskedPan = NullableString(row, 8),
        EncryptedPan = row.IsDBNull(9) ? null : (byte[])row.GetValue(9),
        ExpiryYyMm = NullableString(row, 10),
        EntryMode = row.IsDBNull(11) ? null : JournalText.ToEnum<EntryMode>(row.GetString(11), "entry_mode"),
        PinEntered = row.GetInt64(12) != 0,
        ResponseCode = NullableString(row, 13),
        Rrn = NullableString(row, 14),
        AuthCode = NullableString(row, 15),
        BalanceFen = row.IsDBNull(16) ? null : row.GetInt64(16),
        OrigVoucher = NullableInt(row, 17),
        OrigBatch = NullableInt(row, 18),
        OrigRrn = NullableString(row, 19),
        OrigAuthCode = NullableString(row, 20),
        OrigDate = NullableString(row, 21),
        Reason = NullableInt(row, 22),
        RefundMethod = row.IsDBNull(23) ? null : JournalText.ToEnum<RefundMethod>(row.GetString(23), "refund_method"),
        ReversalState = JournalText.ToEnum<ReversalState>(row.GetString(24), "reversal_state"),
        ReversalReason = NullableString(row, 25),
        ReversalAttempts = row.GetInt32(26),
        PrintedCopies = row.GetInt32(27),
        CardSequence = NullableString(row, 28),
        EncryptedIccData = row.IsDBNull(29) ? null : (byte[])row.GetValue(29),
        OrderNo = NullableString(row, 30),
        EcrRequestId = NullableString(row, 31),
    };

    // A boxed empty Nullable<T> is null, so one helper serves strings, arrays and nullable numbers.
    private static object Nullable(object? value) => value ?? DBNull.Value;

    private static string? NullableString(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private static int? NullableInt(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetInt32(ordinal);

    /// <summary>A number of a damaged row, as far as it can be read (0 when it cannot).</summary>
    private static int LenientInt(SqliteDataReader row, int ordinal) =>
        row.GetValue(ordinal) is long value and >= int.MinValue and <= int.MaxValue ? (int)value : 0;
}
