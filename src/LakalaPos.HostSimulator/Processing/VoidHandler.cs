using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// 0200 / 200000 (消费撤销). The host voids only a sale it approved for this terminal, not yet
/// voided or reversed, for its full amount, with the same card. Checks in this order:
/// duplicate 94, original 25, already voided or refunded 12, amount 13/64, card 14, PIN 75/55 (only when one
/// came). Approval: RRN, auth code, the sale's money back on its card's account, the sale marked
/// voided, the void booked with a link to it.
/// </summary>
internal sealed class VoidHandler(HostServices services, CardholderChecks cardholder)
{
    public Iso8583Message Handle(RequestContext context)
    {
        var original = VoidOriginals.Find(services.Store, context);
        if (context.Forced)
            return original is null ? ApproveWithoutOriginal(context) : Approve(context, original);
        var refusal = Refusal(context, original);
        return refusal is null ? Approve(context, original!) : Answers.For(context.Request, refusal);
    }

    /// <summary>
    /// Ledger checks before card checks: they are what the void is about and cost the cardholder
    /// nothing, while a PIN check counts a wrong PIN — so a PIN is judged only on a void that would
    /// otherwise go through. The duplicate comes first so a resent void gets 94, not 12.
    /// </summary>
    private string? Refusal(RequestContext context, HostTransaction? original)
    {
        var request = context.Request;
        if (services.Store.FindByTrace(context.Terminal, RequestFields.Batch(request), request.GetText(11)!) is { Reversed: false })
            return "94";
        // A reversed sale no longer exists; RRN and auth code must name the same sale as 61 does.
        if (original is null or { Reversed: true } || !VoidOriginals.ReferencesMatch(request, original))
            return "25";
        // A refund already gave part of it back: voiding it would pay that part out twice.
        if (original.Voided || original.RefundedFen > 0)
            return "12";
        if (!RequestFields.TryAmount(request, out var amount) || amount <= 0)
            return "13";
        if (amount != original.AmountFen)
            return "64";
        // The card presented (or the journal's PAN) must be the sale's, and one the issuer knows.
        var pan = RequestFields.Pan(request);
        var card = cardholder.KnownCard(pan);
        if (pan != original.Pan || card is null)
            return "14";
        return cardholder.VerifyPinIfEntered(context, card);
    }

    /// <summary>Also the approve rule's path: the void gives back the sale's amount, whatever field 4 said, to the sale's card.</summary>
    private Iso8583Message Approve(RequestContext context, HostTransaction sale)
    {
        var store = services.Store;
        var request = context.Request;
        var sequence = store.NextSequence();
        var voidTransaction = new HostTransaction
        {
            Kind = HostTransactionKind.Void,
            Terminal = context.Terminal,
            Batch = RequestFields.Batch(request),
            Trace = request.GetText(11)!,
            Rrn = ReferenceNumbers.Rrn(context.Now, sequence),
            AuthCode = ReferenceNumbers.AuthCode(sequence),
            AmountFen = sale.AmountFen,
            Pan = sale.Pan,
            OriginalRrn = sale.Rrn,
            HostTime = context.Now,
        };
        CardAccounts.Credit(store, sale.Pan, sale.AmountFen);
        store.UpdateTransaction(sale with { Voided = true });
        store.AddTransaction(voidTransaction);
        services.Log.Debug("Approved {Void}", voidTransaction);
        return Answers.Approval(request, context.Now, voidTransaction.Rrn, voidTransaction.AuthCode, services.Settings.CardOrganisation);
    }

    /// <summary>
    /// The approve rule with no sale behind field 61: the terminal gets an ordinary approval, but
    /// there is nothing to give back and nothing to book — a void of nothing would break the ledger.
    /// </summary>
    private Iso8583Message ApproveWithoutOriginal(RequestContext context)
    {
        var request = context.Request;
        services.Log.Warning(
            "Void from {Terminal} trace {Trace} approved by rule, but no sale of batch {Batch} trace {OriginalTrace} is booked: nothing given back, nothing booked",
            context.Terminal, request.GetText(11), RequestFields.OriginalBatch(request) ?? "-", RequestFields.OriginalTrace(request) ?? "-");
        var sequence = services.Store.NextSequence();
        return Answers.Approval(request, context.Now, ReferenceNumbers.Rrn(context.Now, sequence), ReferenceNumbers.AuthCode(sequence), services.Settings.CardOrganisation);
    }
}
