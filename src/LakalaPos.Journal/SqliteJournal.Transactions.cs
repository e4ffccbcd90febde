using LakalaPos.Core.Flows;
using LakalaPos.Core.Journal;
using Microsoft.Data.Sqlite;

namespace LakalaPos.Journal;

// Transaction records and their history. "Newest" always means the highest row id, i.e. the
// record written last: the terminal clock can be set backwards, row ids cannot.
public sealed partial class SqliteJournal
{
    public IReadOnlyList<TransactionRecord> Write(string evt, params TransactionRecord[] records)
    {
        JournalInputRules.CheckWrite(evt, records);
        try
        {
            var written = InTransaction(tx => WriteAll(tx, evt, records));
            _log.Information("Journal write {Event}: {Records:l}", evt, Describe(written));
            return written;
        }
        catch (Exception ex) when (ex is not ObjectDisposedException)
        {
            _log.Warning("Journal write {Event} failed and was rolled back, nothing written: {Reason:l}", evt, ex.Message);
            throw;
        }
    }

    public TransactionRecord? Find(long id) =>
        QueryOne("WHERE id = $id", ("$id", id));

    public TransactionRecord? FindByVoucher(int voucher, int batch) =>
        QueryOne("WHERE voucher = $voucher AND batch = $batch ORDER BY id DESC", ("$voucher", voucher), ("$batch", batch));

    public TransactionRecord? FindByVoucher(int voucher) =>
        QueryOne("WHERE voucher = $voucher ORDER BY id DESC", ("$voucher", voucher));

    public TransactionRecord? Last() =>
        QueryOne("ORDER BY id DESC");

    public IReadOnlyList<TransactionRecord> ListBatch(int batch) =>
        Query("WHERE batch = $batch ORDER BY id DESC", ("$batch", batch));

    /// <summary>
    /// One aggregate query (count and sum per type and status) over the rows <see cref="TransactionRows.ReadableSql"/>
    /// proves readable; the few rows it cannot vouch for are read in full, as <see cref="ListBatch"/> reads them,
    /// in the same transaction. The counting rules are <see cref="BatchTotals.Rules"/>.
    /// </summary>
    public BatchTotals Totals(int batch)
    {
        var (groups, doubtful) = InTransaction(tx =>
        {
            var groups = new List<BatchGroup>();
            using (var command = Command(tx,
                $"SELECT type, status, count(*), sum(amount_fen) FROM transactions WHERE batch = $batch AND {TransactionRows.ReadableSql} GROUP BY type, status"))
            {
                command.Parameters.AddWithValue("$batch", batch);
                using var row = command.ExecuteReader();
                while (row.Read())
                {
                    groups.Add(new BatchGroup(
                        JournalText.ToEnum<TransactionType>(row.GetString(0), "type"),
                        JournalText.ToEnum<TransactionStatus>(row.GetString(1), "status"),
                        row.GetInt32(2),
                        row.GetInt64(3)));
                }
            }

            return (groups, SelectIn(tx, $"WHERE batch = $batch AND NOT {TransactionRows.ReadableSql} ORDER BY id DESC", firstOnly: false, [("$batch", batch)]));
        });
        WarnUnreadable(doubtful);
        return BatchTotals.FromGroups(groups.Concat(doubtful.Records.Select(r => new BatchGroup(r.Type, r.Status, 1, r.AmountFen))));
    }

    public IReadOnlyList<UnreadableRecord> ListUnreadable(int batch) =>
        Select("WHERE batch = $batch ORDER BY id DESC", firstOnly: false, [("$batch", batch)]).Unreadable;

    public TransactionRecord? FindByRrn(string rrn) =>
        QueryOne("WHERE rrn = $rrn ORDER BY id DESC", ("$rrn", rrn));

    public IReadOnlyList<TransactionRecord> ListByOrigRrn(string origRrn) =>
        Query("WHERE orig_rrn = $rrn ORDER BY id", ("$rrn", origRrn));

    public IReadOnlyList<TransactionRecord> ListByType(TransactionType type, int limit) =>
        Query("WHERE type = $type ORDER BY id DESC LIMIT $limit", ("$type", JournalText.FromEnum(type)), ("$limit", limit));

    public IReadOnlyList<TransactionRecord> PendingReversals() =>
        Query($"WHERE reversal_state IN ('{nameof(ReversalState.Armed)}', '{nameof(ReversalState.Due)}') ORDER BY id");

    public IReadOnlyList<TransactionRecord> ListPending() =>
        Query($"WHERE status = '{nameof(TransactionStatus.Pending)}' ORDER BY id");

    public IReadOnlyList<JournalEntry> History(long transactionId) => InTransaction(tx =>
    {
        using var command = Command(tx, "SELECT transaction_id, status, event, at FROM history WHERE transaction_id = $id ORDER BY id");
        command.Parameters.AddWithValue("$id", transactionId);
        using var row = command.ExecuteReader();
        var entries = new List<JournalEntry>();
        while (row.Read())
        {
            entries.Add(new JournalEntry(
                row.GetInt64(0),
                JournalText.ToEnum<TransactionStatus>(row.GetString(1), "history.status"),
                row.GetString(2),
                JournalText.ToTime(row.GetString(3), "history.at")));
        }

        return entries;
    });

    private List<TransactionRecord> WriteAll(SqliteTransaction tx, string evt, TransactionRecord[] records)
    {
        // One instant for the whole call: the records changed together, so their history says so.
        var at = JournalText.FromTime(_clock.GetLocalNow());
        using var insert = Command(tx, TransactionRows.InsertSql);
        using var update = Command(tx, TransactionRows.UpdateSql);
        using var history = Command(tx, "INSERT INTO history (transaction_id, status, event, at) VALUES ($id, $status, $event, $at)");
        using var items = Command(tx, OrderItemRows.InsertSql);
        var written = new List<TransactionRecord>(records.Length);
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            if (record.Id == 0)
            {
                TransactionRows.Bind(insert, record);
                var id = Convert.ToInt64(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                record = record with { Id = id };
                if (record.Items is not null)
                    OrderItemRows.Insert(items, id, record.Items);
            }
            else
            {
                // The items stay as they were inserted: an update never touches them.
                TransactionRows.Bind(update, record);
                if (update.ExecuteNonQuery() != 1)
                {
                    throw new KeyNotFoundException(
                        $"Journal write '{evt}': record {i + 1} of {records.Length} has id {record.Id}, " +
                        "which is not in the journal; nothing was written.");
                }
            }

            history.Parameters.Clear();
            history.Parameters.AddWithValue("$id", record.Id);
            history.Parameters.AddWithValue("$status", JournalText.FromEnum(record.Status));
            history.Parameters.AddWithValue("$event", evt);
            history.Parameters.AddWithValue("$at", at);
            history.ExecuteNonQuery();
            written.Add(record);
        }

        return written;
    }

    /// <summary>The first readable record in the order asked for (a newer unreadable row does not hide it).</summary>
    private TransactionRecord? QueryOne(string where, params (string Name, object Value)[] parameters) =>
        Query(where, firstOnly: true, parameters).FirstOrDefault();

    private List<TransactionRecord> Query(string where, params (string Name, object Value)[] parameters) =>
        Query(where, firstOnly: false, parameters);

    /// <summary>The readable records that match; a row that cannot be read is left out with a warning.</summary>
    private List<TransactionRecord> Query(string where, bool firstOnly, (string Name, object Value)[] parameters)
    {
        var selection = Select(where, firstOnly, parameters);
        WarnUnreadable(selection);
        return selection.Records;
    }

    private void WarnUnreadable(Selection selection)
    {
        foreach (var row in selection.Unreadable)
        {
            _log.Warning("Journal: record id {Id} (voucher {Voucher:D6}, batch {Batch:D6}) cannot be read and is left out: {Problem:l}",
                row.Id, row.Voucher, row.Batch, row.Problem);
        }

        foreach (var (record, problem) in selection.ItemProblems)
        {
            _log.Warning("Journal: the items of record id {Id} (voucher {Voucher:D6}, batch {Batch:D6}, order {OrderNo}) cannot be read and are left out: {Problem:l}",
                record.Id, record.Voucher, record.Batch, record.OrderNo, problem);
        }
    }

    /// <summary>Reads matching rows, sorting them into records and unreadable rows; with <paramref name="firstOnly"/> it stops at the first record.</summary>
    private Selection Select(string where, bool firstOnly, (string Name, object Value)[] parameters) =>
        InTransaction(tx => SelectIn(tx, where, firstOnly, parameters));

    /// <summary>
    /// The rows of the transactions table that match, then — in one more query, and only when some
    /// of them have an order number — those records' items. A record whose items cannot be read is
    /// kept, with <see cref="TransactionRecord.Items"/> null, and named in <see cref="Selection.ItemProblems"/>:
    /// its amount and card data are sound and count in every total; only its goods are lost.
    /// </summary>
    private static Selection SelectIn(
        SqliteTransaction tx, string where, bool firstOnly, (string Name, object Value)[] parameters)
    {
        var records = new List<TransactionRecord>();
        var unreadable = new List<UnreadableRecord>();
        using (var command = Command(tx, $"SELECT {TransactionRows.SelectColumns} FROM transactions {where}"))
        {
            foreach (var (name, value) in parameters)
                command.Parameters.AddWithValue(name, value);
            using var row = command.ExecuteReader();
            while ((!firstOnly || records.Count == 0) && row.Read())
            {
                var (record, bad) = TransactionRows.TryRead(row);
                if (record is not null)
                    records.Add(record);
                else
                    unreadable.Add(bad!);
            }
        }

        var withOrders = records.Where(r => r.OrderNo is not null).Select(r => r.Id).ToList();
        var itemProblems = new List<(TransactionRecord, string)>();
        if (withOrders.Count > 0)
        {
            var (items, problems) = OrderItemRows.Read(tx, withOrders);
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                if (record.OrderNo is null)
                    continue;
                if (problems.TryGetValue(record.Id, out var problem))
                    itemProblems.Add((record, problem));
                else if (items.TryGetValue(record.Id, out var list))
                    records[i] = record with { Items = list };
            }
        }

        return new Selection(records, unreadable, itemProblems);
    }

    /// <summary>What a read found: the records, the rows it could not read, and the records whose items it could not read.</summary>
    private sealed record Selection(
        List<TransactionRecord> Records, List<UnreadableRecord> Unreadable, List<(TransactionRecord Record, string Problem)> ItemProblems);

    // Ids, vouchers and states only: never the encrypted PAN, and the masked one adds nothing here.
    private static string Describe(IEnumerable<TransactionRecord> records) =>
        string.Join("; ", records.Select(r =>
            $"id {r.Id} {r.Type} voucher {r.Voucher:D6} batch {r.Batch:D6} {r.Status} reversal {r.ReversalState}" +
            (r.OrderNo is null ? "" : $" order {r.OrderNo}" + (r.Items is null ? "" : $" ({r.Items.Count} items)"))));
}
