using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using Microsoft.Data.Sqlite;

namespace LakalaPos.Journal;

// Settled batches: the settlement and the move to the next batch are one database transaction.
public sealed partial class SqliteJournal
{
    public void CompleteSettlement(SettlementRecord settlement)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        InTransaction(tx =>
        {
            using var insert = Command(tx, """
                INSERT INTO settlements (batch, local_time, operator_no, sale_fen, sale_count, void_fen, void_count,
                                         refund_fen, refund_count, result, upload_done)
                VALUES ($batch, $time, $op, $sale_fen, $sale_count, $void_fen, $void_count, $refund_fen, $refund_count, $result, $upload)
                """);
            insert.Parameters.AddWithValue("$batch", settlement.Batch);
            insert.Parameters.AddWithValue("$time", JournalText.FromTime(settlement.LocalTime));
            insert.Parameters.AddWithValue("$op", settlement.OperatorNo);
            insert.Parameters.AddWithValue("$sale_fen", settlement.SaleFen);
            insert.Parameters.AddWithValue("$sale_count", settlement.SaleCount);
            insert.Parameters.AddWithValue("$void_fen", settlement.VoidFen);
            insert.Parameters.AddWithValue("$void_count", settlement.VoidCount);
            insert.Parameters.AddWithValue("$refund_fen", settlement.RefundFen);
            insert.Parameters.AddWithValue("$refund_count", settlement.RefundCount);
            insert.Parameters.AddWithValue("$result", JournalText.FromEnum(settlement.Result));
            insert.Parameters.AddWithValue("$upload", settlement.UploadDone ? 1 : 0);
            insert.ExecuteNonQuery();
            using var next = Command(tx, """
                UPDATE counters SET batch = CASE WHEN $batch >= 999999 THEN 1 ELSE $batch + 1 END WHERE id = 1
                RETURNING batch, last_trace
                """);
            next.Parameters.AddWithValue("$batch", settlement.Batch);
            return ReadCountersRow(next);
        }, WriteMark);
        _log.Information("Journal: batch {Batch:D6} settled ({Result}); next batch begins", settlement.Batch, settlement.Result);
        BackUpAfterSettlement();
    }

    public void MarkSettlementUploaded(int batch)
    {
        var updated = InTransaction(tx =>
        {
            using var command = Command(tx, "UPDATE settlements SET upload_done = 1 WHERE id = (SELECT max(id) FROM settlements WHERE batch = $batch)");
            command.Parameters.AddWithValue("$batch", batch);
            return command.ExecuteNonQuery();
        });
        if (updated != 1)
            throw new KeyNotFoundException($"Journal: batch {batch:D6} has no settlement to mark uploaded.");
        _log.Information("Journal: batch upload of batch {Batch:D6} done", batch);
        BackUpAfterSettlement();
    }

    /// <summary>
    /// Replaces the automatic backup (if one was asked for) with a copy of the journal as it is now.
    /// The settlement is already committed, so a backup that fails is logged, never thrown.
    /// </summary>
    private void BackUpAfterSettlement()
    {
        if (_settlementBackupPath is null)
            return;
        try
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_closed, this);
                JournalBackup.Write(_connection, _settlementBackupPath);
            }
            _log.Information("Journal: backup after settlement written to {Path}", _settlementBackupPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            _log.Warning("Journal: the backup after settlement could not be written to {Path}: {Reason:l}", _settlementBackupPath, ex.Message);
        }
    }

    public SettlementRecord? LastSettlement() => InTransaction(tx =>
    {
        using var command = Command(tx, """
            SELECT batch, local_time, operator_no, sale_fen, sale_count, void_fen, void_count, refund_fen, refund_count, result, upload_done
            FROM settlements ORDER BY id DESC LIMIT 1
            """);
        using var row = command.ExecuteReader();
        return row.Read() ? ReadSettlement(row) : null;
    });

    private static SettlementRecord ReadSettlement(SqliteDataReader row) => new()
    {
        Batch = row.GetInt32(0),
        LocalTime = JournalText.ToTime(row.GetString(1), "settlements.local_time"),
        OperatorNo = row.GetString(2),
        SaleFen = row.GetInt64(3),
        SaleCount = row.GetInt32(4),
        VoidFen = row.GetInt64(5),
        VoidCount = row.GetInt32(6),
        RefundFen = row.GetInt64(7),
        RefundCount = row.GetInt32(8),
        Result = JournalText.ToEnum<SettlementResult>(row.GetString(9), "settlements.result"),
        UploadDone = row.GetInt64(10) != 0,
    };
}
