using LakalaPos.Core.Ecr;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;

namespace LakalaPos.Core.Journal;

public enum TransactionType
{
    Sale,
    Void,
    Refund,
    Balance,
}

public enum TransactionStatus
{
    /// <summary>On disk, sent or about to be sent, no answer yet.</summary>
    Pending,
    Approved,
    Declined,

    /// <summary>A sale that a later approved void cancelled.</summary>
    Voided,

    /// <summary>The host acknowledged its reversal.</summary>
    Reversed,

    /// <summary>No answer and not reversible (a refund): settled by the batch upload.</summary>
    Unknown,
}

/// <summary>Where a reversible transaction stands with its reversal (冲正).</summary>
public enum ReversalState
{
    None,

    /// <summary>Written with reason 06 before the request left: due if the answer never arrives.</summary>
    Armed,

    /// <summary>Must be sent (timeout, bad MAC, power cut while pending) before the next request.</summary>
    Due,

    /// <summary>The host acknowledged the reversal.</summary>
    Done,

    /// <summary>Retries exhausted; a fault slip was printed.</summary>
    Failed,
}

/// <summary>
/// One transaction as the journal keeps it. The full PAN is only held encrypted
/// (<see cref="EncryptedPan"/>), with a key that is not in the journal.
/// </summary>
public sealed record TransactionRecord
{
    /// <summary>Journal row id; 0 for a record not yet written.</summary>
    public long Id { get; init; }

    public required TransactionType Type { get; init; }
    public required TransactionStatus Status { get; init; }

    /// <summary>Voucher number = trace number (field 11).</summary>
    public required int Voucher { get; init; }

    public required int Batch { get; init; }
    public required long AmountFen { get; init; }
    public required string OperatorNo { get; init; }

    /// <summary>Terminal local time of the request.</summary>
    public required DateTimeOffset LocalTime { get; init; }

    public string? MaskedPan { get; init; }
    public byte[]? EncryptedPan { get; init; }
    public string? ExpiryYyMm { get; init; }
    public EntryMode? EntryMode { get; init; }
    public bool PinEntered { get; init; }

    /// <summary>Chip card sequence number (field 23), kept so a reversal can copy it.</summary>
    public string? CardSequence { get; init; }

    /// <summary>The IC data (field 55) of a chip or contactless read, encrypted like the PAN, for the reversal.</summary>
    public byte[]? EncryptedIccData { get; init; }

    public string? ResponseCode { get; init; }
    public string? Rrn { get; init; }
    public string? AuthCode { get; init; }
    public long? BalanceFen { get; init; }

    public int? OrigVoucher { get; init; }
    public int? OrigBatch { get; init; }
    public string? OrigRrn { get; init; }
    public string? OrigAuthCode { get; init; }

    /// <summary>Refund: original date MMDD.</summary>
    public string? OrigDate { get; init; }

    /// <summary>Void reason 1-6.</summary>
    public int? Reason { get; init; }

    public RefundMethod? RefundMethod { get; init; }

    public ReversalState ReversalState { get; init; }
    public string? ReversalReason { get; init; }
    public int ReversalAttempts { get; init; }

    /// <summary>How many receipt copies have come out of the printer.</summary>
    public int PrintedCopies { get; init; }

    /// <summary>The cash register's order number: a sale of an order, or a void or refund of it.</summary>
    public string? OrderNo { get; init; }

    /// <summary>
    /// The order's goods: a sale's are the order's items; a refund's are the items it gives back,
    /// with the sale's unit prices. Null for a transaction without an order.
    /// </summary>
    public IReadOnlyList<OrderItem>? Items { get; init; }

    /// <summary>The register's request id when the register asked for this transaction (sale, refund, void by order).</summary>
    public string? EcrRequestId { get; init; }
}
