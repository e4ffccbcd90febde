using LakalaPos.Core.Ecr;
using LakalaPos.Core.Journal;
using Microsoft.Data.Sqlite;

namespace LakalaPos.Journal;

/// <summary>
/// Maps <see cref="EcrRequestRecord"/> to and from a row of the ecr_requests table. The answer's
/// columns are NULL until the request is answered (result NOT NULL = answered); its id, kind and
/// order number are the request's. <see cref="EcrAnswer.SaleStatus"/> and <see cref="EcrAnswer.Lines"/>
/// describe the order at the time of a query and are not stored: a query asked again is answered afresh.
/// </summary>
internal static class EcrRequestRows
{
    private static readonly string[] Columns =
    [
        "request_id", "kind", "order_no", "received_at",
        "result", "reason", "message", "response_code", "amount_fen", "voucher", "batch", "rrn", "auth_code", "masked_pan", "local_time",
    ];

    public static readonly string SelectSql = $"SELECT {string.Join(", ", Columns)} FROM ecr_requests WHERE request_id = $request_id";

    public static readonly string UpsertSql =
        $"INSERT INTO ecr_requests ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))}) " +
        $"ON CONFLICT (request_id) DO UPDATE SET {string.Join(", ", Columns.Skip(1).Select(c => $"{c} = excluded.{c}"))}";

    public static void Bind(SqliteCommand command, EcrRequestRecord r)
    {
        var p = command.Parameters;
        var a = r.Answer;
        p.Clear();
        p.AddWithValue("$request_id", r.RequestId);
        p.AddWithValue("$kind", JournalText.FromEnum(r.Kind));
        p.AddWithValue("$order_no", r.OrderNo);
        p.AddWithValue("$received_at", JournalText.FromTime(r.ReceivedAt));
        p.AddWithValue("$result", a is null ? DBNull.Value : JournalText.FromEnum(a.Result));
        p.AddWithValue("$reason", a is null ? DBNull.Value : JournalText.FromEnum(a.Reason));
        p.AddWithValue("$message", (object?)a?.Message ?? DBNull.Value);
        p.AddWithValue("$response_code", (object?)a?.ResponseCode ?? DBNull.Value);
        p.AddWithValue("$amount_fen", (object?)a?.AmountFen ?? DBNull.Value);
        p.AddWithValue("$voucher", (object?)a?.Voucher ?? DBNull.Value);
        p.AddWithValue("$batch", (object?)a?.Batch ?? DBNull.Value);
        p.AddWithValue("$rrn", (object?)a?.Rrn ?? DBNull.Value);
        p.AddWithValue("$auth_code", (object?)a?.AuthCode ?? DBNull.Value);
        p.AddWithValue("$masked_pan", (object?)a?.MaskedPan ?? DBNull.Value);
        p.AddWithValue("$local_time", a?.LocalTime is { } time ? JournalText.FromTime(time) : DBNull.Value);
    }

    /// <summary>Reads a row selected with <see cref="SelectSql"/>; a value this software cannot read throws <see cref="InvalidDataException"/> naming the column.</summary>
    public static EcrRequestRecord Read(SqliteDataReader row)
    {
        var requestId = row.GetString(0);
        var kind = JournalText.ToEnum<EcrRequestKind>(row.GetString(1), "ecr_requests.kind");
        var orderNo = row.GetString(2);
        var answer = row.IsDBNull(4) ? null : new EcrAnswer
        {
            RequestId = requestId,
            Kind = kind,
            OrderNo = orderNo,
            Result = JournalText.ToEnum<EcrResult>(row.GetString(4), "ecr_requests.result"),
            Reason = row.IsDBNull(5) ? EcrReason.None : JournalText.ToEnum<EcrReason>(row.GetString(5), "ecr_requests.reason"),
            Message = Text(row, 6),
            ResponseCode = Text(row, 7),
            AmountFen = row.IsDBNull(8) ? null : row.GetInt64(8),
            Voucher = row.IsDBNull(9) ? null : row.GetInt32(9),
            Batch = row.IsDBNull(10) ? null : row.GetInt32(10),
            Rrn = Text(row, 11),
            AuthCode = Text(row, 12),
            MaskedPan = Text(row, 13),
            LocalTime = row.IsDBNull(14) ? null : JournalText.ToTime(row.GetString(14), "ecr_requests.local_time"),
        };
        return new EcrRequestRecord(requestId, kind, orderNo, JournalText.ToTime(row.GetString(3), "ecr_requests.received_at"), answer);
    }

    private static string? Text(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
