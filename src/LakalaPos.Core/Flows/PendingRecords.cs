using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Flows;

/// <summary>
/// The journal record of a request about to leave: PENDING, the voucher and batch of the request,
/// the card as the journal may keep it (masked, and encrypted with the data key), and the
/// reversal armed (reason 06) for what is reversible — sales and voids, not refunds or inquiries.
/// </summary>
public static class PendingRecords
{
    public static TransactionRecord For(TerminalContext ctx, HostRequest request, TransactionType type, long amountFen)
    {
        var card = request.Card;
        var protector = ctx.Options.PanProtector;
        var reversible = type is TransactionType.Sale or TransactionType.Void;
        return new TransactionRecord
        {
            Type = type,
            Status = TransactionStatus.Pending,
            Voucher = request.Trace,
            Batch = request.Batch,
            AmountFen = amountFen,
            OperatorNo = ctx.Session.OperatorNo ?? "",
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
}
