using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>The host's memory for one simulator run (a replay script, a test).</summary>
public sealed class InMemoryHostStore : IHostStore
{
    private readonly Dictionary<string, long> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _balanceAccounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PinTries> _pinTries = new(StringComparer.Ordinal);
    private readonly Dictionary<TerminalId, WorkingKeys> _sessions = new();
    private readonly List<HostTransaction> _transactions = [];
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
        if (FindByRrn(transaction.Rrn) is not null)
            throw new InvalidOperationException($"the ledger already holds RRN {transaction.Rrn}");
        _transactions.Add(transaction);
    }

    public void UpdateTransaction(HostTransaction transaction)
    {
        var index = _transactions.FindIndex(t => t.Rrn == transaction.Rrn);
        if (index < 0)
            throw new InvalidOperationException($"no transaction with RRN {transaction.Rrn} to update");
        _transactions[index] = transaction;
    }

    public HostTransaction? FindByTrace(TerminalId terminal, string batch, string trace) =>
        _transactions.LastOrDefault(t => t.Terminal == terminal && t.Batch == batch && t.Trace == trace);

    public HostTransaction? FindByRrn(string rrn) => _transactions.Find(t => t.Rrn == rrn);

    public IReadOnlyList<HostTransaction> TransactionsOf(TerminalId terminal) =>
        _transactions.Where(t => t.Terminal == terminal).ToList();

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
