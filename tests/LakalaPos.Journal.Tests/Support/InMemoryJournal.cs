using LakalaPos.Core.Ecr;
using LakalaPos.Core.Journal;

namespace LakalaPos.Journal.Tests.Support;

/// <summary>
/// A journal in memory, for tests of code that needs an <see cref="IJournal"/> but no file.
/// It passes the same contract tests as <see cref="SqliteJournal"/>; it is not durable.
/// </summary>
public sealed class InMemoryJournal : IJournal
{
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, OperatorRecord> _operators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parameters = new(StringComparer.Ordinal);
    private readonly List<TransactionRecord> _records = [];
    private readonly List<JournalEntry> _history = [];
    private int _batch = 1;
    private int _lastTrace;
    private readonly List<ChangeNote> _changes = [];

    public InMemoryJournal(TimeProvider clock)
    {
        _clock = clock;
    }

    public OperatorRecord? FindOperator(string number)
    {
        lock (_gate)
            return _operators.GetValueOrDefault(number);
    }

    public IReadOnlyList<OperatorRecord> ListOperators()
    {
        lock (_gate)
            return _operators.Values.ToList();
    }

    public void SaveOperator(OperatorRecord op, ChangeNote? note = null)
    {
        JournalInputRules.CheckOperator(op);
        lock (_gate)
        {
            _operators[op.Number] = op;
            Note(note);
        }
    }

    public void DeleteOperator(string number, ChangeNote? note = null)
    {
        lock (_gate)
        {
            _operators.Remove(number);
            Note(note);
        }
    }

    public IReadOnlyList<ChangeNote> ListChanges(int limit)
    {
        lock (_gate)
            return Enumerable.Reverse(_changes).Take(limit).ToList();
    }

    public int LastTrace()
    {
        lock (_gate)
            return _lastTrace;
    }

    private void Note(ChangeNote? note)
    {
        if (note is not null)
            _changes.Add(note);
    }

    public IReadOnlyDictionary<string, string> LoadParameters()
    {
        lock (_gate)
            return new Dictionary<string, string>(_parameters, StringComparer.Ordinal);
    }

    public void SaveParameter(string name, string value, ChangeNote? note = null)
    {
        JournalInputRules.CheckParameter(name, value);
        lock (_gate)
        {
            _parameters[name] = value;
            Note(note);
        }
    }

    public void SaveParameters(IReadOnlyDictionary<string, string> values)
    {
        foreach (var (name, value) in values)
            JournalInputRules.CheckParameter(name, value);
        lock (_gate)
            foreach (var (name, value) in values)
                _parameters[name] = value;
    }

    public int CurrentBatch()
    {
        lock (_gate)
            return _batch;
    }

    public void SetBatch(int batch, ChangeNote? note = null)
    {
        JournalInputRules.CheckBatch(batch);
        lock (_gate)
        {
            _batch = batch;
            Note(note);
        }
    }

    public int NextTrace()
    {
        lock (_gate)
            return _lastTrace = TraceNumbers.After(_lastTrace);
    }

    public void SetTrace(int lastUsed, ChangeNote? note = null)
    {
        JournalInputRules.CheckLastTrace(lastUsed);
        lock (_gate)
        {
            _lastTrace = lastUsed;
            Note(note);
        }
    }

    public IReadOnlyList<TransactionRecord> Write(string evt, params TransactionRecord[] records)
    {
        JournalInputRules.CheckWrite(evt, records);
        lock (_gate)
        {
            // Check every update first, so a failure leaves nothing half-applied.
            var missing = records.FirstOrDefault(r => r.Id != 0 && IndexOf(r.Id) < 0);
            if (missing is not null)
                throw new KeyNotFoundException($"Journal write '{evt}': id {missing.Id} is not in the journal; nothing was written.");

            var at = _clock.GetLocalNow();
            var written = new List<TransactionRecord>();
            foreach (var record in records)
            {
                var stored = record with { EncryptedPan = record.EncryptedPan?.ToArray(), Items = record.Items?.ToArray() };
                if (stored.Id == 0)
                {
                    stored = stored with { Id = _records.Count + 1 };
                    _records.Add(stored);
                }
                else
                {
                    // As in the SQLite journal, a record's items are written once, when it is inserted.
                    var index = IndexOf(stored.Id);
                    _records[index] = stored with { Items = _records[index].Items };
                }

                _history.Add(new JournalEntry(stored.Id, stored.Status, evt, at));
                written.Add(record with { Id = stored.Id });
            }

            return written;
        }
    }

    public TransactionRecord? Find(long id) => Newest(r => r.Id == id);

    public TransactionRecord? FindByVoucher(int voucher, int batch) => Newest(r => r.Voucher == voucher && r.Batch == batch);

    public TransactionRecord? FindByVoucher(int voucher) => Newest(r => r.Voucher == voucher);

    public TransactionRecord? Last() => Newest(_ => true);

    public IReadOnlyList<TransactionRecord> ListBatch(int batch) => Select(r => r.Batch == batch).Reverse().ToList();

    public BatchTotals Totals(int batch) => BatchTotals.Of(Select(r => r.Batch == batch));

    /// <summary>Records in memory are always readable.</summary>
    public IReadOnlyList<UnreadableRecord> ListUnreadable(int batch) => [];

    public TransactionRecord? FindByRrn(string rrn) => Newest(r => r.Rrn == rrn);

    public IReadOnlyList<TransactionRecord> ListByOrigRrn(string origRrn) => Select(r => r.OrigRrn == origRrn).ToList();

    public IReadOnlyList<TransactionRecord> ListByType(TransactionType type, int limit) =>
        Select(r => r.Type == type).Reverse().Take(limit).ToList();

    public IReadOnlyList<TransactionRecord> PendingReversals() =>
        Select(r => r.ReversalState is ReversalState.Armed or ReversalState.Due).ToList();

    public IReadOnlyList<TransactionRecord> ListPending() => Select(r => r.Status == TransactionStatus.Pending).ToList();

    public IReadOnlyList<TransactionRecord> ListByOrder(string orderNo) => Select(r => r.OrderNo == orderNo).ToList();

    public bool HoldsOrders() => Select(r => r.OrderNo is not null).Length > 0;

    public TransactionRecord? FindByEcrRequest(string requestId) => Newest(r => r.EcrRequestId == requestId);

    private readonly Dictionary<string, EcrRequestRecord> _ecrRequests = new(StringComparer.Ordinal);

    public EcrRequestRecord? FindEcrRequest(string requestId)
    {
        lock (_gate)
            return _ecrRequests.GetValueOrDefault(requestId);
    }

    public void SaveEcrRequest(EcrRequestRecord request)
    {
        JournalInputRules.CheckEcrRequest(request);
        // As in the SQLite journal: a query's SaleStatus and Lines describe the order when it was asked, and are not kept.
        lock (_gate)
            _ecrRequests[request.RequestId] = request with { Answer = request.Answer is null ? null : request.Answer with { SaleStatus = null, Lines = null } };
    }

    public IReadOnlyList<JournalEntry> History(long transactionId)
    {
        lock (_gate)
            return _history.Where(e => e.TransactionId == transactionId).ToList();
    }

    public void Dispose()
    {
    }

    // Ids are 1..n in insertion order, so list order is oldest first.
    private int IndexOf(long id) => id >= 1 && id <= _records.Count ? (int)id - 1 : -1;

    private TransactionRecord? Newest(Func<TransactionRecord, bool> match) => Select(match).LastOrDefault();

    private TransactionRecord[] Select(Func<TransactionRecord, bool> match)
    {
        lock (_gate)
            return _records.Where(match).ToArray();
    }

    private readonly List<SettlementRecord> _settlements = [];

    public void CompleteSettlement(SettlementRecord settlement)
    {
        lock (_gate)
        {
            _settlements.Add(settlement);
            SetBatch(settlement.Batch >= 999999 ? 1 : settlement.Batch + 1);
        }
    }

    public void MarkSettlementUploaded(int batch)
    {
        lock (_gate)
        {
            var index = _settlements.FindLastIndex(s => s.Batch == batch);
            if (index < 0)
                throw new KeyNotFoundException($"batch {batch:D6} has no settlement");
            _settlements[index] = _settlements[index] with { UploadDone = true };
        }
    }

    public SettlementRecord? LastSettlement()
    {
        lock (_gate)
            return _settlements.Count == 0 ? null : _settlements[^1];
    }
}
