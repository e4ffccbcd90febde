using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// 0400: the terminal undoes a request it got no good answer to. The original is found by
/// terminal, batch (60.2) and trace (11). A booked sale gives its money back and is marked
/// reversed; a booked void takes the money from the card again, is marked reversed, and its sale
/// is no longer voided. Whatever the host finds or does not find, it answers 00: an original it
/// never booked (declined, timed out) leaves nothing to undo, and the terminal must be able to
/// clear its pending reversal. Refunds are not reversed (UnionPay rule): a 0400 that names one
/// is answered 12 and changes nothing.
/// </summary>
internal sealed class ReversalHandler(HostServices services)
{
    public Iso8583Message Handle(RequestContext context)
    {
        var request = context.Request;
        var original = services.Store.FindByTrace(context.Terminal, RequestFields.Batch(request), request.GetText(11)!);
        if (NamesARefund(request, original))
        {
            services.Log.Warning("Reversal of a refund (trace {Trace}) refused: refunds are not reversed", request.GetText(11));
            return context.Forced ? Answers.For(request, "00").WithHostTime(context.Now, settlement: true) : Answers.For(request, "12");
        }
        if (original is { Reversed: false })
            Undo(original, request);
        return Answers.For(request, "00").WithHostTime(context.Now, settlement: true);
    }

    /// <summary>
    /// 60.1 = 25 says refund; so does 3 = 200000 (shared by void and refund) when the entry booked at
    /// that trace is a refund. A 200000 with nothing booked is an unanswered void's reversal: 00.
    /// </summary>
    private static bool NamesARefund(Iso8583Message request, HostTransaction? booked) =>
        RequestFields.MessageType(request) == Field60.Refund
        || (RequestFields.KindNamed(request) == HostTransactionKind.Void && booked is { Kind: HostTransactionKind.Refund });

    private void Undo(HostTransaction original, Iso8583Message request)
    {
        var reason = request.GetText(39) ?? "-";
        // Field 3 is copied from the original: a reversal that names another kind is not about this entry.
        if (RequestFields.KindNamed(request) is { } named && named != original.Kind)
        {
            services.Log.Warning("Reversal names a {Named} but the host booked {Transaction} at that trace: nothing undone", named, original);
            return;
        }
        if (original.Kind == HostTransactionKind.Void)
            UndoVoid(original, reason);
        else
            UndoSale(original, reason);
    }

    private void UndoSale(HostTransaction sale, string reason)
    {
        var store = services.Store;
        if (sale.Voided)
        {
            // Its void already gave the money back; reversing the sale too would pay it out twice.
            services.Log.Warning("Reversal (reason {Reason}) of {Transaction}, which a void already undid: nothing undone", reason, sale);
            return;
        }
        // Refunds already gave part of it back (and are never reversed): only the rest comes back now.
        var giveBack = sale.AmountFen - sale.RefundedFen;
        if (sale.RefundedFen > 0)
            services.Log.Warning("Reversal (reason {Reason}) of {Transaction}, which refunds partly undid: only the rest is given back", reason, sale);
        CardAccounts.Credit(store, sale.Pan, Math.Max(giveBack, 0));
        store.UpdateTransaction(sale with { Reversed = true });
        services.Log.Debug("Reversed {Transaction} (reason {Reason})", sale, reason);
    }

    private void UndoVoid(HostTransaction voidTransaction, string reason)
    {
        var store = services.Store;
        CardAccounts.Debit(store, voidTransaction.Pan, voidTransaction.AmountFen);
        store.UpdateTransaction(voidTransaction with { Reversed = true });
        if (voidTransaction.OriginalRrn is { } saleRrn && store.FindByRrn(saleRrn) is { } sale)
            store.UpdateTransaction(sale with { Voided = VoidOriginals.StillVoided(store, sale, except: voidTransaction) });
        services.Log.Debug("Reversed {Transaction} (reason {Reason}); the sale stands again", voidTransaction, reason);
    }
}
