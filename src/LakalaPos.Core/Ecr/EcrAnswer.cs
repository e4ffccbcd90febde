using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Ecr;

public enum EcrResult
{
    Approved,
    Declined,

    /// <summary>Not done, for the reason in <see cref="EcrAnswer.Reason"/>; for most reasons nothing was sent to the host.</summary>
    Error,
}

/// <summary>Why a request was not approved, beyond the host's response code.</summary>
public enum EcrReason
{
    None,

    /// <summary>The terminal is busy with something else (another transaction, a menu, nobody signed in).</summary>
    Busy,

    /// <summary>The request is not well formed (an order number, an item, a quantity or a price out of the rules).</summary>
    Invalid,

    /// <summary>The order number was already used for a sale (approved, voided or undecided).</summary>
    OrderUsed,

    /// <summary>No sale of this order in the journal (refund, void, query).</summary>
    NoOrder,

    /// <summary>A refund names an item the order does not hold.</summary>
    NoItem,

    /// <summary>A refund asks for more of an item than is left to refund.</summary>
    AlreadyRefunded,

    /// <summary>The amount is over a limit (maxRefundAmount).</summary>
    OverLimit,

    /// <summary>The order's sale cannot be voided (already voided, settled, another day, not approved).</summary>
    NotVoidable,

    /// <summary>The cashier cancelled, a prompt timed out, or the card did not match: nothing was sent.</summary>
    Cancelled,

    /// <summary>The host could not be reached: nothing was sent.</summary>
    NotSent,

    /// <summary>The host did not answer: a sale or void was reversed (DECLINED); a refund's outcome is unknown until the batch upload (ERROR).</summary>
    NoAnswer,

    /// <summary>The terminal lost power while the request was in hand and nothing was sent for it.</summary>
    Interrupted,
}

/// <summary>
/// The terminal's answer to one <see cref="EcrRequest"/>: APPROVED / DECLINED / ERROR with what
/// the register prints and keeps (voucher, reference number, auth code, amount, masked card,
/// response code). It never holds a full card number.
/// </summary>
public sealed record EcrAnswer
{
    public required string RequestId { get; init; }
    public required EcrRequestKind Kind { get; init; }
    public required string OrderNo { get; init; }
    public required EcrResult Result { get; init; }
    public EcrReason Reason { get; init; }

    /// <summary>A short text for the register's screen, in the terminal's language.</summary>
    public string? Message { get; init; }

    /// <summary>The host's response code (field 39), when the request went online.</summary>
    public string? ResponseCode { get; init; }

    public long? AmountFen { get; init; }
    public int? Voucher { get; init; }
    public int? Batch { get; init; }
    public string? Rrn { get; init; }
    public string? AuthCode { get; init; }
    public string? MaskedPan { get; init; }
    public DateTimeOffset? LocalTime { get; init; }

    /// <summary>Query: the status of the order's sale (APPROVED, VOIDED…).</summary>
    public TransactionStatus? SaleStatus { get; init; }

    /// <summary>Query: the order's lines with what was refunded of each.</summary>
    public IReadOnlyList<OrderLine>? Lines { get; init; }

    public override string ToString() =>
        $"ECR answer {RequestId} {Kind} order {OrderNo}: {Result}{(Reason == EcrReason.None ? "" : $" {Reason}")}{(ResponseCode is null ? "" : $" code {ResponseCode}")} voucher {Voucher:000000} card {MaskedPan}";
}
