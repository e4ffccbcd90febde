using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>
/// Everything the simulated acquirer remembers: card accounts, PIN tries, terminal sessions,
/// approved transactions, the reference-number counter, settlements and batch uploads.
/// <see cref="InMemoryHostStore"/> for one run, <see cref="SqliteHostStore"/> to survive restarts.
/// Callers serialise access (the simulator holds a lock).
/// </summary>
public interface IHostStore
{
    /// <summary>Money available on the card's account (debit balance or remaining credit); null when the host has no account for it.</summary>
    long? AvailableFen(string pan);

    void SetAvailableFen(string pan, long fen);

    /// <summary>The cardholder's balance account at the acquirer (退至账户余额 refunds land here); 0 until a refund opens it.</summary>
    long BalanceAccountFen(string pan);

    void SetBalanceAccountFen(string pan, long fen);

    PinTries PinTries(string pan);
    void SetPinTries(string pan, PinTries tries);

    /// <summary>The working keys of the terminal's current sign-in; null when it has not signed in.</summary>
    WorkingKeys? SessionKeys(TerminalId terminal);

    void StartSession(TerminalId terminal, WorkingKeys keys);
    void EndSession(TerminalId terminal);

    void AddTransaction(HostTransaction transaction);

    /// <summary>Replaces the transaction with the same RRN (voided, reversed, refunded sum).</summary>
    void UpdateTransaction(HostTransaction transaction);

    HostTransaction? FindByTrace(TerminalId terminal, string batch, string trace);
    HostTransaction? FindByRrn(string rrn);

    /// <summary>Every approved transaction of that terminal, oldest first.</summary>
    IReadOnlyList<HostTransaction> TransactionsOf(TerminalId terminal);

    /// <summary>The next number of the host's reference sequence (1, 2, 3...), from which RRNs and auth codes are made.</summary>
    long NextSequence();

    /// <summary>Keeps a settlement (every 0500 answered, a repeated one for the same batch too).</summary>
    void AddSettlement(HostSettlement settlement);

    /// <summary>The settlements of that terminal, oldest first.</summary>
    IReadOnlyList<HostSettlement> SettlementsOf(TerminalId terminal);

    /// <summary>Keeps an uploaded entry; one already kept for the same terminal, batch and trace is replaced.</summary>
    void SaveUploadedEntry(UploadedEntry entry);

    /// <summary>The entries that terminal uploaded for that batch, by trace.</summary>
    IReadOnlyList<UploadedEntry> UploadedEntriesOf(TerminalId terminal, string batch);

    /// <summary>Every uploaded entry, of any terminal, that disagrees with the ledger (by terminal, batch, trace).</summary>
    IReadOnlyList<UploadedEntry> Discrepancies();

    /// <summary>
    /// Runs the work of one request as a unit: a durable store commits all of its changes or, when
    /// <paramref name="work"/> throws, none. Calls inside join the same unit. The in-memory store
    /// cannot roll back and just runs it.
    /// </summary>
    T Atomically<T>(Func<T> work);

    /// <summary>
    /// Group commit: <see cref="Atomically{T}"/> whose unit may be kept together with other
    /// requests' and committed a moment later; the task completes when it is durable (faults when
    /// that failed). A request is answered only after it. Stores without group commit are durable
    /// at once (the in-memory store has nothing to make durable).
    /// </summary>
    (T Result, Task Durable) AtomicallyDeferred<T>(Func<T> work) => (Atomically(work), Task.CompletedTask);
}
