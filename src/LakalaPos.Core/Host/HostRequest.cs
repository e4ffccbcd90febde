using LakalaPos.Core.Hardware;
using LakalaPos.Core.Security;

namespace LakalaPos.Core.Host;

/// <summary>What the terminal asks of the acquirer host (host-protocol.md, "Messages").</summary>
public enum HostMessageKind
{
    SignIn,
    SignOut,
    EchoTest,
    Sale,
    Void,
    Refund,
    BalanceInquiry,
    Reversal,
    Settlement,
    BatchUpload,
}

public enum RefundMethod
{
    /// <summary>原路退回: back to the card.</summary>
    Original,

    /// <summary>退至账户余额: to the cardholder's balance account at the acquirer.</summary>
    Balance,
}

/// <summary>Why a reversal (冲正) is sent: field 39 of the 0400.</summary>
public static class ReversalReasons
{
    /// <summary>Armed before the request leaves; used if the terminal lost track of it (power cut).</summary>
    public const string Armed = "06";

    /// <summary>No answer within hostTimeoutSeconds.</summary>
    public const string Timeout = "98";

    /// <summary>The answer's MAC did not verify.</summary>
    public const string BadMac = "A0";

    /// <summary>
    /// The chip card was taken out while the request was out, so the terminal gave it up: UnionPay's
    /// 06, "other reasons", the same code as a request lost to a power cut (<see cref="Armed"/>).
    /// </summary>
    public const string CardRemoved = "06";
}

/// <summary>
/// A request to the host in the terminal's own terms; the protocol layer turns it into an
/// ISO 8583 message (and PIN block, MAC). Card data and PIN mask themselves in ToString.
/// </summary>
public sealed record HostRequest
{
    public required HostMessageKind Kind { get; init; }

    /// <summary>Field 11, the voucher number.</summary>
    public required int Trace { get; init; }

    /// <summary>60.2, the batch number.</summary>
    public required int Batch { get; init; }

    /// <summary>Terminal local time (fields 12/13).</summary>
    public required DateTimeOffset LocalTime { get; init; }

    public required string TerminalId { get; init; }
    public required string MerchantId { get; init; }

    public long? AmountFen { get; init; }
    public CardData? Card { get; init; }

    /// <summary>Cardholder PIN, clear; the protocol layer turns it into a PIN block and drops it.</summary>
    public SecretDigits? Pin { get; init; }

    /// <summary>
    /// A PIN was entered for this request though <see cref="Pin"/> is gone: set on an original
    /// rebuilt from the journal for its reversal, whose field 22 must say so as the original's did.
    /// </summary>
    public bool PinEntered { get; init; }

    /// <summary>Sign-in: the operator number (field 63).</summary>
    public string? OperatorNo { get; init; }

    public string? OriginalRrn { get; init; }
    public string? OriginalAuthCode { get; init; }
    public int? OriginalBatch { get; init; }
    public int? OriginalTrace { get; init; }

    /// <summary>Refund: original transaction date, MMDD.</summary>
    public string? OriginalDate { get; init; }

    public RefundMethod? RefundMethod { get; init; }

    /// <summary>Settlement (0500): the terminal's totals for the batch.</summary>
    public SettlementTotals? Totals { get; init; }

    /// <summary>Batch upload (0320): the transactions of this message (at most 8), and whether it is the last (60.3 = 202).</summary>
    public IReadOnlyList<BatchUploadEntry>? UploadEntries { get; init; }
    public bool UploadIsLast { get; init; }

    /// <summary>Reversal: the request being reversed, and the reason code (06, 98, A0).</summary>
    public HostRequest? Reversed { get; init; }
    public string? ReversalReason { get; init; }

    /// <summary>
    /// The reversal (0400) of <paramref name="sent"/> for <paramref name="reason"/>: a copy of the
    /// request as it left, without its PIN (a reversal carries none) but saying one was entered.
    /// </summary>
    public static HostRequest ReversalOf(HostRequest sent, string reason)
    {
        var original = sent with { Pin = null, PinEntered = sent.Pin is not null || sent.PinEntered };
        return original with { Kind = HostMessageKind.Reversal, Reversed = original, ReversalReason = reason };
    }
}
