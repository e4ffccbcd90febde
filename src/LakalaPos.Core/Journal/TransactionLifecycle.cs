using LakalaPos.Core.Host;
using LakalaPos.Core.Money;
using LakalaPos.Core.Security;

namespace LakalaPos.Core.Journal;

/// <summary>
/// The life of one transaction, and the only way its journal record moves on:
/// <code>
/// PENDING ─┬─ approved ─────────────► APPROVED ── its void approved ──► VOIDED (sales)
///          ├─ declined / not sent ──► DECLINED
///          ├─ no answer, not reversible (refund, inquiry) ──► UNKNOWN
///          └─ no answer, reversal armed ──► reversal DUE ─┬─ acknowledged ──► REVERSED
///                                            (stays PENDING) ├─ unanswered: attempt counted, stays DUE
///                                                           └─ retries spent ──► UNKNOWN, reversal FAILED
/// </code>
/// Each transition returns the record as it is to be written — one journal call — and leaves the
/// writing, and the words of the journal event, to the caller. One that cannot happen (declined
/// then approved, a reversal acknowledged that was never due, a refund "reversed") throws an
/// <see cref="InvalidOperationException"/> naming where the transaction stands and where it was
/// asked to go; the engine turns that into "系统故障,请重试" and home.
/// </summary>
public sealed partial class TransactionLifecycle
{
    private TransactionLifecycle(TransactionRecord record) => Record = record;

    public TransactionRecord Record { get; }

    public static TransactionLifecycle Of(TransactionRecord record) => new(record);

    /// <summary>Sales and voids move money a reversal can give back; refunds and inquiries are never reversed.</summary>
    public static bool IsReversible(TransactionType type) => type is TransactionType.Sale or TransactionType.Void;

    /// <summary>
    /// The record of a request about to leave: PENDING, the voucher and batch of the request, the
    /// card as the journal may keep it (masked, and encrypted with the data key), and the reversal
    /// armed (reason 06) when reversible. Written before the request leaves.
    /// </summary>
    public static TransactionRecord Begin(HostRequest request, TransactionType type, long amountFen, string operatorNo, PanProtector protector)
    {
        var card = request.Card;
        var reversible = IsReversible(type);
        return new TransactionRecord
        {
            Type = type,
            Status = TransactionStatus.Pending,
            Voucher = request.Trace,
            Batch = request.Batch,
            AmountFen = amountFen,
            OperatorNo = operatorNo,
            LocalTime = request.LocalTime,
            MaskedPan = card?.MaskedPan,
            EncryptedPan = card is null ? null : protector.Protect(card.Pan),
            ExpiryYyMm = card?.ExpiryYyMm,
            EntryMode = card?.EntryMode,
            PinEntered = request.Pin is not null,
            CardSequence = card?.CardSequence,
            EncryptedIccData = card?.IccData is { } icc ? protector.ProtectBytes(icc) : null,
            ReversalState = reversible ? ReversalState.Armed : ReversalState.None,
            ReversalReason = reversible ? ReversalReasons.Armed : null,
        };
    }

    /// <summary>PENDING → APPROVED on a 00 answer; the armed reversal is no longer needed.</summary>
    public TransactionRecord Approved(HostResponse response)
    {
        AwaitingAnswer("APPROVED");
        if (!response.Approved)
            throw Refused("APPROVED", $"the host answered {response.ResponseCode}, not 00");
        return Record with
        {
            Status = TransactionStatus.Approved,
            ResponseCode = response.ResponseCode,
            Rrn = response.Rrn,
            AuthCode = response.AuthCode,
            BalanceFen = response.BalanceFen,
            ReversalState = ReversalState.None,
            ReversalReason = null,
        };
    }

    /// <summary>PENDING → DECLINED on a refusal code: the host moved nothing, there is nothing to reverse.</summary>
    public TransactionRecord Declined(HostResponse response)
    {
        AwaitingAnswer("DECLINED");
        if (response.Approved)
            throw Refused("DECLINED", "the host approved it");
        return Record with
        {
            Status = TransactionStatus.Declined,
            ResponseCode = response.ResponseCode,
            Rrn = response.Rrn,
            ReversalState = ReversalState.None,
            ReversalReason = null,
        };
    }

    /// <summary>PENDING → DECLINED when no connection could be made: the request never left, nothing moved.</summary>
    public TransactionRecord NotSent()
    {
        AwaitingAnswer("DECLINED (not sent)");
        return Record with
        {
            Status = TransactionStatus.Declined,
            ReversalState = ReversalState.None,
            ReversalReason = null,
        };
    }

    /// <summary>
    /// PENDING → UNKNOWN: no usable answer to a request that is never reversed (a refund, an
    /// inquiry); the batch upload settles it.
    /// </summary>
    public TransactionRecord Unknown()
    {
        AwaitingAnswer("UNKNOWN");
        if (Record.ReversalState != ReversalState.None)
            throw Refused("UNKNOWN", "its reversal is armed: it is reversed, not left unknown");
        return Record with { Status = TransactionStatus.Unknown };
    }

    /// <summary>
    /// Armed → DUE: no usable answer (time-out 98, bad MAC A0) or a power cut while it was out
    /// (06). The transaction stays PENDING until the reversal is settled.
    /// </summary>
    public TransactionRecord ReversalDue(string reason)
    {
        AwaitingAnswer($"reversal {reason} due");
        if (Record.ReversalState != ReversalState.Armed)
            throw Refused($"reversal {reason} due", $"a {Record.Type} has no armed reversal");
        return Record with { ReversalState = ReversalState.Due, ReversalReason = reason };
    }

    /// <summary>DUE → REVERSED: the host acknowledged the reversal (or had nothing to undo).</summary>
    public TransactionRecord Reversed() => AttemptCounted("REVERSED", TransactionStatus.Reversed, ReversalState.Done);

    /// <summary>DUE → DUE: an attempt the host did not answer is counted; the reversal goes again before the next request.</summary>
    public TransactionRecord ReversalAttemptFailed() => AttemptCounted("another reversal attempt", TransactionStatus.Pending, ReversalState.Due);

    /// <summary>DUE → UNKNOWN with the reversal FAILED: the last attempt went unanswered; a fault slip says so.</summary>
    public TransactionRecord ReversalGivenUp() => AttemptCounted("UNKNOWN (reversal given up)", TransactionStatus.Unknown, ReversalState.Failed);

    /// <summary>
    /// APPROVED sale → VOIDED, written together with <paramref name="approvedVoid"/>, the void of
    /// this sale that the host just approved — never before it, never without it.
    /// </summary>
    public TransactionRecord Voided(TransactionRecord approvedVoid)
    {
        if (Record is not { Type: TransactionType.Sale, Status: TransactionStatus.Approved })
            throw Refused("VOIDED", "only an approved sale can be voided");
        if (approvedVoid is not { Type: TransactionType.Void, Status: TransactionStatus.Approved })
            throw Refused("VOIDED", $"the void is {approvedVoid.Type} {approvedVoid.Status}, not an approved void");
        if (approvedVoid.OrigVoucher != Record.Voucher || approvedVoid.OrigBatch != Record.Batch)
            throw Refused("VOIDED", $"the void is of voucher {approvedVoid.OrigVoucher:000000} batch {approvedVoid.OrigBatch:000000}");
        return Record with { Status = TransactionStatus.Voided };
    }

    /// <summary>Where the transaction stands, as refusals and logs name it ("PENDING, reversal Armed").</summary>
    public string State => Record.ReversalState == ReversalState.None
        ? Record.Status.ToString().ToUpperInvariant()
        : $"{Record.Status.ToString().ToUpperInvariant()}, reversal {Record.ReversalState}";

    /// <summary>Never the full card number.</summary>
    public override string ToString() =>
        $"{Record.Type} voucher {Record.Voucher:000000} batch {Record.Batch:000000} {State} {Record.MaskedPan} {Fen.Format(Record.AmountFen)}";

    /// <summary>An answer (or its absence) settles only a request still out: PENDING, its reversal not yet due.</summary>
    private void AwaitingAnswer(string to)
    {
        if (Record.Status != TransactionStatus.Pending || Record.ReversalState is not (ReversalState.None or ReversalState.Armed))
            throw Refused(to, "only a pending request still awaiting its answer can");
    }

    /// <summary>A reversal that was sent, answered or not, counts as an attempt; only a due reversal is sent.</summary>
    private TransactionRecord AttemptCounted(string to, TransactionStatus status, ReversalState reversal)
    {
        if (Record.Status != TransactionStatus.Pending || Record.ReversalState != ReversalState.Due)
            throw Refused(to, "only a pending transaction whose reversal is due can");
        return Record with { Status = status, ReversalState = reversal, ReversalAttempts = Record.ReversalAttempts + 1 };
    }

    private InvalidOperationException Refused(string to, string why) =>
        new($"{Record.Type} voucher {Record.Voucher:000000}: cannot go from {State} to {to}: {why}");
}
