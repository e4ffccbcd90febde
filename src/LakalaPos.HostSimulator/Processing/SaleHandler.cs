using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// 0200 / 000000. Checks in this order: duplicate 94, amount 13, card 14, expiry 54, cardholder
/// 75/55/05, funds 51; then approves: RRN, auth code, the account debited, the sale booked.
/// </summary>
internal sealed class SaleHandler(HostServices services, CardholderChecks cardholder)
{
    public Iso8583Message Handle(RequestContext context)
    {
        var request = context.Request;
        var batch = RequestFields.Batch(request);
        var trace = request.GetText(11)!;
        RequestFields.TryAmount(request, out var amount);
        if (context.Forced)
            return Approve(context, RequestFields.Pan(request), amount, batch, trace);

        if (services.Store.FindByTrace(context.Terminal, batch, trace) is { Reversed: false })
            return Answers.For(request, "94");
        if (!RequestFields.TryAmount(request, out amount) || amount <= 0)
            return Answers.For(request, "13");
        var check = cardholder.Verify(context, amount, allowNoPinTap: true);
        if (!check.Passed)
            return Answers.For(request, check.DeclineCode!);
        var card = check.Card!;
        if ((services.Store.AvailableFen(card.Pan) ?? 0) < amount)
            return Answers.For(request, "51");
        return Approve(context, card.Pan, amount, batch, trace);
    }

    /// <summary>Also the approve rule's path: an unknown card is booked without an account to debit, a short one may go below zero.</summary>
    private Iso8583Message Approve(RequestContext context, string? pan, long amount, string batch, string trace)
    {
        var store = services.Store;
        var sequence = store.NextSequence();
        var transaction = new HostTransaction
        {
            Kind = HostTransactionKind.Sale,
            Terminal = context.Terminal,
            Batch = batch,
            Trace = trace,
            Rrn = ReferenceNumbers.Rrn(context.Now, sequence),
            AuthCode = ReferenceNumbers.AuthCode(sequence),
            AmountFen = amount,
            Pan = pan,
            HostTime = context.Now,
        };
        CardAccounts.Debit(store, pan, amount);
        store.AddTransaction(transaction);
        services.Log.Debug("Approved {Transaction}", transaction);
        return Answers.Approval(context.Request, context.Now, transaction.Rrn, transaction.AuthCode, services.Settings.CardOrganisation);
    }
}
