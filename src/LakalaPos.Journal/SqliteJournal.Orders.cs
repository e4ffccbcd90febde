using LakalaPos.Core.Ecr;
using LakalaPos.Core.Journal;

namespace LakalaPos.Journal;

// Orders from the cash register: the records of an order (their items are read with them, see
// SelectIn) and the register's requests with their answers.
public sealed partial class SqliteJournal
{
    public IReadOnlyList<TransactionRecord> ListByOrder(string orderNo)
    {
        ArgumentNullException.ThrowIfNull(orderNo);
        return Query("WHERE order_no = $order_no ORDER BY id", ("$order_no", orderNo));
    }

    /// <summary>One EXISTS on the order number's index: no row is read.</summary>
    public bool HoldsOrders() => InTransaction(tx =>
    {
        using var command = Command(tx, "SELECT EXISTS (SELECT 1 FROM transactions WHERE order_no IS NOT NULL)");
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0;
    });

    public TransactionRecord? FindByEcrRequest(string requestId)
    {
        ArgumentNullException.ThrowIfNull(requestId);
        return QueryOne("WHERE ecr_request = $request ORDER BY id DESC", ("$request", requestId));
    }

    /// <summary>
    /// The request as saved. A row this software cannot read (an unknown kind or result) throws
    /// <see cref="InvalidDataException"/> naming the column: answering the register from a guess would be worse.
    /// </summary>
    public EcrRequestRecord? FindEcrRequest(string requestId)
    {
        ArgumentNullException.ThrowIfNull(requestId);
        return InTransaction(tx =>
        {
            using var command = Command(tx, EcrRequestRows.SelectSql);
            command.Parameters.AddWithValue("$request_id", requestId);
            using var row = command.ExecuteReader();
            return row.Read() ? EcrRequestRows.Read(row) : null;
        });
    }

    public void SaveEcrRequest(EcrRequestRecord request)
    {
        JournalInputRules.CheckEcrRequest(request);
        InTransaction(tx =>
        {
            using var upsert = Command(tx, EcrRequestRows.UpsertSql);
            EcrRequestRows.Bind(upsert, request);
            upsert.ExecuteNonQuery();
        });
        var answer = request.Answer;
        _log.Information("Journal: ECR request {RequestId} {Kind} order {OrderNo} saved, {Answer:l}",
            request.RequestId, request.Kind, request.OrderNo,
            answer is null ? "not answered yet" : $"answered {answer.Result} {answer.Reason} voucher {answer.Voucher:D6}");
    }
}
