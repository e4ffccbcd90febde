using LakalaPos.Core.Ecr;
using LakalaPos.Core.Journal;

namespace LakalaPos.Journal;

// Placeholder while migration 6 (orders, items, register requests) is written on its own branch.
public sealed partial class SqliteJournal
{
    public IReadOnlyList<TransactionRecord> ListByOrder(string orderNo) => throw new NotSupportedException("orders are not in this journal yet");

    public bool HoldsOrders() => false;

    public TransactionRecord? FindByEcrRequest(string requestId) => throw new NotSupportedException("orders are not in this journal yet");

    public EcrRequestRecord? FindEcrRequest(string requestId) => throw new NotSupportedException("orders are not in this journal yet");

    public void SaveEcrRequest(EcrRequestRecord request) => throw new NotSupportedException("orders are not in this journal yet");
}
