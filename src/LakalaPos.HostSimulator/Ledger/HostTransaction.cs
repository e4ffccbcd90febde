using System.Globalization;
using LakalaPos.Iso8583.Fields;
using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator.Ledger;

public enum HostTransactionKind
{
    Sale,

    /// <summary>消费撤销: gives a sale's money back; <see cref="HostTransaction.OriginalRrn"/> names the sale.</summary>
    Void,

    /// <summary>退货: gives part or all of a sale's money back, on any terminal; <see cref="HostTransaction.OriginalRrn"/> names the sale.</summary>
    Refund,
}

/// <summary>
/// A transaction the host approved, as its ledger keeps it. Voids and refunds find their
/// original here (by RRN and date, or by terminal, batch and trace) and mark it.
/// </summary>
public sealed record HostTransaction
{
    public required HostTransactionKind Kind { get; init; }
    public required TerminalId Terminal { get; init; }

    /// <summary>Batch number (60.2), 6 digits.</summary>
    public required string Batch { get; init; }

    /// <summary>Trace number (field 11), 6 digits.</summary>
    public required string Trace { get; init; }

    public required string Rrn { get; init; }
    public required string AuthCode { get; init; }
    public required long AmountFen { get; init; }

    /// <summary>The card, when the request named one (an approve rule may approve a request without a card).</summary>
    public string? Pan { get; init; }

    /// <summary>When the host approved it, on the host's clock.</summary>
    public required DateTimeOffset HostTime { get; init; }

    /// <summary>For a void or a refund, the RRN of the sale it gives money back from; null for a sale.</summary>
    public string? OriginalRrn { get; init; }

    /// <summary>For a refund, where the money went: the card's account or the cardholder's balance account.</summary>
    public RefundDestination? RefundMethod { get; init; }

    /// <summary>A sale that an approved, unreversed void undid.</summary>
    public bool Voided { get; init; }
    public bool Reversed { get; init; }

    /// <summary>For a sale, the sum of the refunds booked against it (refunds are never reversed).</summary>
    public long RefundedFen { get; init; }

    /// <summary>The date as receipts and refund requests give it (MMDD).</summary>
    public string HostDateMmdd => HostTime.ToString("MMdd", CultureInfo.InvariantCulture);

    /// <summary>Masked card only.</summary>
    public override string ToString() =>
        $"{Kind} {Terminal} batch {Batch} trace {Trace} rrn {Rrn} auth {AuthCode} {Yuan.Format(AmountFen)} " +
        $"card {(Pan is null ? "-" : PanMask.Mask(Pan))}{(OriginalRrn is null ? "" : " of rrn " + OriginalRrn)}{MethodText}" +
        $"{(Voided ? " voided" : "")}{(Reversed ? " reversed" : "")}" +
        $"{(RefundedFen > 0 ? " refunded " + Yuan.Format(RefundedFen) : "")}";

    private string MethodText => RefundMethod switch
    {
        RefundDestination.Card => " to the card",
        RefundDestination.BalanceAccount => " to the balance account",
        _ => "",
    };
}
