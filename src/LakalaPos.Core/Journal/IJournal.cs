
using LakalaPos.Core.Ecr;

namespace LakalaPos.Core.Journal;

/// <summary>
/// The terminal's durable memory. Every method is one database transaction, committed to disk
/// (synchronous) before it returns: a power cut at any instant leaves either all of a call's
/// changes or none of them.
/// </summary>
public interface IJournal : IDisposable
{
    // Operators
    OperatorRecord? FindOperator(string number);
    IReadOnlyList<OperatorRecord> ListOperators();

    /// <summary>Adds or replaces the operator; with <paramref name="note"/>, who did it is kept in the same transaction.</summary>
    void SaveOperator(OperatorRecord op, ChangeNote? note = null);

    void DeleteOperator(string number, ChangeNote? note = null);

    // Parameters (系统管理), by name; values as text.
    IReadOnlyDictionary<string, string> LoadParameters();
    void SaveParameter(string name, string value, ChangeNote? note = null);

    /// <summary>Saves several parameters in one transaction: all of them or none.</summary>
    void SaveParameters(IReadOnlyDictionary<string, string> values);

    /// <summary>Changes of the set-up (operators, parameters, counters) with who made them, newest first.</summary>
    IReadOnlyList<ChangeNote> ListChanges(int limit);

    /// <summary>The current batch number (starts at 1).</summary>
    int CurrentBatch();

    void SetBatch(int batch, ChangeNote? note = null);

    /// <summary>The last trace number handed out (0 on a new terminal).</summary>
    int LastTrace();

    /// <summary>Takes the next trace number (000001 on a new terminal, wrapping 999999 → 000001) and persists it.</summary>
    int NextTrace();

    /// <summary>Sets the last trace used, so the next <see cref="NextTrace"/> returns <paramref name="lastUsed"/>+1.</summary>
    void SetTrace(int lastUsed, ChangeNote? note = null);

    /// <summary>
    /// Writes records in one database transaction: a record with Id 0 is inserted, others are
    /// updated. Each gets a history entry naming <paramref name="evt"/>. Returns the records with their ids.
    /// </summary>
    IReadOnlyList<TransactionRecord> Write(string evt, params TransactionRecord[] records);

    TransactionRecord? Find(long id);

    /// <summary>The newest record with that voucher number in that batch, or null.</summary>
    TransactionRecord? FindByVoucher(int voucher, int batch);

    /// <summary>The newest record with that voucher number in any batch, or null.</summary>
    TransactionRecord? FindByVoucher(int voucher);

    /// <summary>The newest record, or null.</summary>
    TransactionRecord? Last();

    /// <summary>Records of a batch, newest first. Rows that cannot be read are left out: see <see cref="ListUnreadable"/>.</summary>
    IReadOnlyList<TransactionRecord> ListBatch(int batch);

    /// <summary>
    /// The batch's totals, counted by the store (<see cref="BatchTotals.Rules"/>): always equal to
    /// <c>BatchTotals.Of(ListBatch(batch))</c> — rows that cannot be read are left out — without
    /// loading the records.
    /// </summary>
    BatchTotals Totals(int batch);

    /// <summary>
    /// Rows of a batch this software cannot read (unknown type or status, a bad value), newest first.
    /// Every other read leaves such rows out and logs a warning, so they never stop the terminal.
    /// </summary>
    IReadOnlyList<UnreadableRecord> ListUnreadable(int batch);

    /// <summary>The newest record the host gave that reference number (field 37), or null.</summary>
    TransactionRecord? FindByRrn(string rrn);

    /// <summary>Records whose original has that reference number (voids and refunds of it), oldest first.</summary>
    IReadOnlyList<TransactionRecord> ListByOrigRrn(string origRrn);

    /// <summary>The newest <paramref name="limit"/> records of a type, in any batch, newest first.</summary>
    IReadOnlyList<TransactionRecord> ListByType(TransactionType type, int limit);

    /// <summary>Records whose reversal is Armed or Due, oldest first.</summary>
    IReadOnlyList<TransactionRecord> PendingReversals();

    /// <summary>Records still Pending, oldest first.</summary>
    IReadOnlyList<TransactionRecord> ListPending();

    IReadOnlyList<JournalEntry> History(long transactionId);

    // Orders from the cash register (spec section 12). A record's order number and items are
    // written with the record, in the same transaction (Write), and read back with it. Items are
    // written when the record is inserted and never change: an update keeps them. A record whose
    // items cannot be read (a damaged file) is read without them (Items null) and a warning is
    // logged: its amount still counts, and a refund by item finds nothing to give back.

    /// <summary>Every record of that order (its sale, its voids and refunds), oldest first.</summary>
    IReadOnlyList<TransactionRecord> ListByOrder(string orderNo);

    /// <summary>Whether any record has an order number: the shop uses a register, and 退货 offers "2 订单号".</summary>
    bool HoldsOrders();

    /// <summary>The record made for that register request, or null.</summary>
    TransactionRecord? FindByEcrRequest(string requestId);

    /// <summary>The register request with that id, and its answer once it has one; null when never taken on.</summary>
    EcrRequestRecord? FindEcrRequest(string requestId);

    /// <summary>Adds or replaces the register request (by its id), with its answer when it has one.</summary>
    void SaveEcrRequest(EcrRequestRecord request);

    // Settlement
    /// <summary>Records the settlement of <see cref="SettlementRecord.Batch"/> and moves to the next batch, in one database transaction.</summary>
    void CompleteSettlement(SettlementRecord settlement);

    /// <summary>Marks the batch upload of a settled batch as done.</summary>
    void MarkSettlementUploaded(int batch);

    /// <summary>The newest settlement, or null.</summary>
    SettlementRecord? LastSettlement();
}
