using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Security;

namespace LakalaPos.Core.Journal;

/// <summary>
/// What a later message needs back from the journal: the card number (decrypted with the data
/// key, which the journal does not hold) and the request as it left, for its reversal.
/// </summary>
public sealed partial class TransactionLifecycle
{
    /// <summary>The card number, or null when there is none or it cannot be read back (another key, a damaged blob).</summary>
    public string? Pan(PanProtector protector) => Record.EncryptedPan is { } blob ? protector.Unprotect(blob) : null;

    /// <summary>
    /// True when card data was kept for this transaction but cannot be read back with this data key
    /// (the key was changed, or the journal is damaged): no later message can be built from it.
    /// </summary>
    public bool CardDataUnreadable(PanProtector protector) =>
        (Record.EncryptedPan is { } pan && protector.Unprotect(pan) is null)
        || (Record.EncryptedIccData is { } icc && protector.UnprotectBytes(icc) is null);

    /// <summary>The card as it was read (entry mode, sequence number, IC data), or null when it cannot be read back.</summary>
    public CardData? Card(PanProtector protector)
    {
        var pan = Pan(protector);
        if (pan is null || Record.ExpiryYyMm is null)
            return null;
        var icc = Record.EncryptedIccData is { } blob ? protector.UnprotectBytes(blob) : null;
        return new CardData(pan, Record.ExpiryYyMm, Record.EntryMode ?? EntryMode.Manual, cardSequence: Record.CardSequence, iccData: icc);
    }

    /// <summary>The card number as if keyed in (22 = 01): what a void carries when no card was presented.</summary>
    public CardData KeyedCard(PanProtector protector)
    {
        var pan = Pan(protector);
        if (pan is null || Record.ExpiryYyMm is null)
            throw new InvalidOperationException($"voucher {Record.Voucher:000000}: the card number cannot be read back from the journal");
        return new CardData(pan, Record.ExpiryYyMm, EntryMode.Manual);
    }

    /// <summary>This transaction as a batch upload (0320) carries it, or null when its card number cannot be read back.</summary>
    public BatchUploadEntry? UploadEntry(PanProtector protector) =>
        Pan(protector) is { } pan ? new BatchUploadEntry(Record.Voucher, pan, Record.AmountFen, Record.Type) : null;

    /// <summary>
    /// The reversal (0400) of a transaction whose reversal is due: the original sale or void rebuilt
    /// from the journal (its card as read, "PIN entered" without the PIN, its originals), with the
    /// reason the reversal was made due for.
    /// </summary>
    public HostRequest ReversalRequest(PanProtector protector, string terminalId, string merchantId)
    {
        if (Record is not { Status: TransactionStatus.Pending, ReversalState: ReversalState.Due })
            throw new InvalidOperationException($"{Record.Type} voucher {Record.Voucher:000000} has no reversal to send: it is {State}");
        var original = new HostRequest
        {
            Kind = Record.Type == TransactionType.Void ? HostMessageKind.Void : HostMessageKind.Sale,
            Trace = Record.Voucher,
            Batch = Record.Batch,
            LocalTime = Record.LocalTime,
            TerminalId = terminalId,
            MerchantId = merchantId,
            AmountFen = Record.AmountFen,
            Card = Card(protector),
            PinEntered = Record.PinEntered,
            OriginalRrn = Record.OrigRrn,
            OriginalAuthCode = Record.OrigAuthCode,
            OriginalBatch = Record.OrigBatch,
            OriginalTrace = Record.OrigVoucher,
        };
        return HostRequest.ReversalOf(original, Record.ReversalReason ?? ReversalReasons.Armed);
    }
}
