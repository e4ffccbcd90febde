using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>
/// The host's memory for one simulator run (a replay script, a test). Transactions are indexed by
/// RRN, by terminal + batch + trace and by terminal, so a long run does not slow down.
/// </summary>
public sealed class InMemoryHostStore : IHostStore
{
    private readonly Dictionary<string, long> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _balanceAccounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PinTries> _pinTries = new(StringComparer.Ordinal);
    private readonly Dictionary<TerminalId, WorkingKeys> _sessions = new();
    private readonly List<HostTransaction> _transactions = [];
    private readonly Dictionary<string, int> _byRrn = new(StringComparer.Ordinal);
    private readonly Dictionary<(TerminalId, string, string), int> _byTrace = new();
    private readonly Dictionary<TerminalId, List<int>> _byTerminal = new();
    private readonly List<HostSettlement> _settlements = [];
    private readonly Dictionary<(TerminalId, string, string), UploadedEntry> _uploads = new();
    private long _sequence;

    public long? AvailableFen(string pan) => _accounts.TryGetValue(pan, out var fen) ? fen : null;

    public void SetAvailableFen(string pan, long fen) => _accounts[pan] = fen;

    public long BalanceAccountFen(string pan) => _balanceAccounts.GetValueOrDefault(pan);

    public void SetBalanceAccountFen(string pan, long fen) => _balanceAccounts[pan] = fen;

    public PinTries PinTries(string pan) => _pinTries.GetValueOrDefault(pan);

    public void SetPinTries(string pan, PinTries tries) => _pinTries[pan] = tries;

    public WorkingKeys? SessionKeys(TerminalId terminal) => _sessions.GetValueOrDefault(terminal);

    public void StartSession(TerminalId terminal, WorkingKeys keys) => _sessions[terminal] = keys;

    public void EndSession(TerminalId terminal) => _sessions.Remove(terminal);

    public void AddTransaction(HostTransaction transaction)
    {
        if (_byRrn.ContainsKey(transaction.Rrn))
            throw new InvalidOperationException($"the ledger already holds RRN {transaction.Rrn}");
        var index = _transactions.Count;
        _transactions.Add(transaction);
        _byRrn[transaction.Rrn] = index;
        _byTrace[TraceKey(transaction)] = index; // the latest with that trace
        if (!_byTerminal.TryGetValue(transaction.Terminal, out var ofTerminal))
            _byTerminal[transaction.Terminal] = ofTerminal = [];
        ofTerminal.Add(index);
    }

    public void UpdateTransaction(HostTransaction transaction)
    {
        if (!_byRrn.TryGetValue(transaction.Rrn, out var index))
            throw new InvalidOperationException($"no transaction with RRN {transaction.Rrn} to update");
        var old = _transactions[index];
        _transactions[index] = transaction;
        if (old.Terminal != transaction.Terminal || TraceKey(old) != TraceKey(transaction))
            Reindex(); // never done by the host's handlers; kept right all the same
    }

    public HostTransaction? FindByTrace(TerminalId terminal, string batch, string trace) =>
        _byTrace.TryGetValue((terminal, batch, trace), out var index) ? _transactions[index] : null;

    public HostTransaction? FindByRrn(string rrn) => _byRrn.TryGetValue(rrn, out var index) ? _transactions[index] : null;

    public IReadOnlyList<HostTransaction> TransactionsOf(TerminalId terminal) =>
        _byTerminal.TryGetValue(terminal, out var indexes) ? indexes.Select(i => _transactions[i]).ToList() : [];

    private static (TerminalId, string, string) TraceKey(HostTransaction t) => (t.Terminal, t.Batch, t.Trace);

    private void Reindex()
    {
        var all = _transactions.ToList();
        _transactions.Clear();
        _byRrn.Clear();
        _byTrace.Clear();
        _byTerminal.Clear();
        foreach (var t in all)
            AddTransaction(t);
    }

    public long NextSequence() => ++_sequence;

    public void AddSettlement(HostSettlement settlement) => _settlements.Add(settlement);

    public IReadOnlyList<HostSettlement> SettlementsOf(TerminalId terminal) =>
        _settlements.Where(s => s.Terminal == terminal).ToList();

    public void SaveUploadedEntry(UploadedEntry entry) => _uploads[(entry.Terminal, entry.Batch, entry.Trace)] = entry;

    public IReadOnlyList<UploadedEntry> UploadedEntriesOf(TerminalId terminal, string batch) =>
        _uploads.Values.Where(e => e.Terminal == terminal && e.Batch == batch).OrderBy(e => e.Trace, StringComparer.Ordinal).ToList();

    public IReadOnlyList<UploadedEntry> Discrepancies() =>
        _uploads.Values.Where(e => e.Discrepancy is not null)
            .OrderBy(e => e.Terminal.TerminalNumber, StringComparer.Ordinal)
            .ThenBy(e => e.Terminal.MerchantNumber, StringComparer.Ordinal)
            .ThenBy(e => e.Batch, StringComparer.Ordinal)
            .ThenBy(e => e.Trace, StringComparer.Ordinal)
            .ToList();

    /// <summary>Nothing to commit and nothing to roll back: the work just runs.</summary>
    public T Atomically<T>(Func<T> work) => work();
}
