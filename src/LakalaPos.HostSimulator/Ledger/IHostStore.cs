using LakalaPos.Protocol.Security;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>
/// Everything the simulated acquirer remembers: card accounts, PIN tries, terminal sessions,
/// approved transactions and the reference-number counter. In memory for now; a SQLite store
/// can implement the same interface. Callers serialise access (the simulator holds a lock).
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
}
