using LakalaPos.Iso8583.Fields;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// 0220 / 200000 (退货). The host refunds part or all of a sale any terminal booked, named by RRN
/// (37) and host date (61.3). Checks in this order: duplicate 94, refund method 12, original 25,
/// voided 12, too old 22, amount 13/64, card 14, merchant account 51, PIN 75/55 (only when one
/// came). Approval: RRN, auth code, the merchant account drawn down, the money on the card's
/// account (RM1) or the cardholder's balance account (RM2), the refund booked and summed on the
/// sale, field 54 = the merchant's balance after it.
/// </summary>
internal sealed class RefundHandler(HostServices services, CardholderChecks cardholder)
{
    public Iso8583Message Handle(RequestContext context)
    {
        var request = context.Request;
        var original = RefundOriginals.Find(services.Store, request);
        if (context.Forced)
            return ApproveByRule(context, original);
        var refusal = Refusal(context, original);
        if (refusal is not null)
            return Answers.For(request, refusal);
        RequestFields.TryAmount(request, out var amount);
        return Approve(context, original!, amount, RequestFields.RefundMethod(request)!.Value);
    }

    /// <summary>
    /// What the request is about first (the original and whether it can be refunded at all), then
    /// the amount against it, then the card, then the merchant's money; a PIN, which counts a wrong
    /// try, only on a refund that would otherwise go through. The duplicate comes first so a resent
    /// approved refund gets 94 rather than a code about its original.
    /// </summary>
    private string? Refusal(RequestContext context, HostTransaction? original)
    {
        var request = context.Request;
        var store = services.Store;
        if (store.FindByTrace(context.Terminal, RequestFields.Batch(request), request.GetText(11)!) is { Reversed: false })
            return "94";
        if (RequestFields.RefundMethod(request) is null)
            return "12"; // the host cannot tell where the money should go
        if (original is null or { Reversed: true })
            return "25"; // a reversed sale no longer exists
        if (original.Voided)
            return "12";
        if (RefundOriginals.AgeInDays(original, context.Today) > services.Settings.RefundDays)
            return "22";
        if (!RequestFields.TryAmount(request, out var amount) || amount <= 0)
            return "13";
        if (original.RefundedFen + amount > original.AmountFen)
            return "64";
        // 14 rather than 25: the original was found, the card presented is not its card.
        var pan = RequestFields.Pan(request);
        var card = cardholder.KnownCard(pan);
        if (pan != original.Pan || card is null)
            return "14";
        if (services.Settings.MerchantBalanceFen < amount)
            return "51";
        return cardholder.VerifyPinIfEntered(context, card);
    }

    /// <summary>Rule approve / bad-mac: book against the sale if there is one, with field 4's amount, to the card unless 63 says RM2.</summary>
    private Iso8583Message ApproveByRule(RequestContext context, HostTransaction? original)
    {
        var request = context.Request;
        if (original is null)
            return ApproveWithoutBooking(context, $"no sale with RRN {request.GetText(37) ?? "-"} on {RequestFields.OriginalDate(request) ?? "-"}");
        if (!RequestFields.TryAmount(request, out var amount) || amount <= 0)
            return ApproveWithoutBooking(context, "field 4 is no amount to refund");
        return Approve(context, original, amount, RequestFields.RefundMethod(request) ?? RefundDestination.Card);
    }

    /// <summary>Also the rules' path, where the merchant account may go below zero and the refunds above the sale.</summary>
    private Iso8583Message Approve(RequestContext context, HostTransaction sale, long amount, RefundDestination method)
    {
        var store = services.Store;
        var settings = services.Settings;
        var request = context.Request;
        var merchantAfter = settings.MerchantBalanceFen - amount;
        // Formed before anything moves: a balance field 54 cannot hold fails here, with the ledger untouched.
        var balanceField = BalanceField.Format(merchantAfter);
        var sequence = store.NextSequence();
        var refund = new HostTransaction
        {
            Kind = HostTransactionKind.Refund,
            Terminal = context.Terminal,
            Batch = RequestFields.Batch(request),
            Trace = request.GetText(11)!,
            Rrn = ReferenceNumbers.Rrn(context.Now, sequence),
            AuthCode = ReferenceNumbers.AuthCode(sequence),
            AmountFen = amount,
            Pan = sale.Pan,
            OriginalRrn = sale.Rrn,
            RefundMethod = method,
            HostTime = context.Now,
        };
        settings.MerchantBalanceFen = merchantAfter;
        PayOut(sale.Pan, amount, method);
        store.UpdateTransaction(sale with { RefundedFen = sale.RefundedFen + amount });
        store.AddTransaction(refund);
        services.Log.Debug("Approved {Refund}; merchant balance now {MerchantBalance} fen", refund, merchantAfter);
        var answer = Answers.Approval(request, context.Now, refund.Rrn, refund.AuthCode, settings.CardOrganisation);
        answer.Set(54, balanceField);
        return answer;
    }

    private void PayOut(string? pan, long amount, RefundDestination method)
    {
        if (method == RefundDestination.Card)
            CardAccounts.Credit(services.Store, pan, amount);
        else if (pan is not null)
            services.Store.SetBalanceAccountFen(pan, services.Store.BalanceAccountFen(pan) + amount);
    }

    /// <summary>
    /// The approve rule with nothing to book against: the terminal gets an ordinary approval (with
    /// the merchant's unchanged balance), but no money moves and nothing is booked.
    /// </summary>
    private Iso8583Message ApproveWithoutBooking(RequestContext context, string why)
    {
        var request = context.Request;
        services.Log.Warning(
            "Refund from {Terminal} trace {Trace} approved by rule, but {Why}: no money moved, nothing booked",
            context.Terminal, request.GetText(11), why);
        var sequence = services.Store.NextSequence();
        var answer = Answers.Approval(request, context.Now, ReferenceNumbers.Rrn(context.Now, sequence), ReferenceNumbers.AuthCode(sequence), services.Settings.CardOrganisation);
        answer.Set(54, BalanceField.Format(services.Settings.MerchantBalanceFen));
        return answer;
    }
}
