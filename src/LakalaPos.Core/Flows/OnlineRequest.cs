using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// One money-moving request to the host, journal first: the record is on disk as PENDING (with
/// its reversal armed when reversible) before the request leaves through the host exchange; its
/// result, or its time-out, is one journal write (<see cref="TransactionLifecycle"/> says which)
/// and decides where the flow goes next. A request the cash register asked for is answered as
/// soon as its outcome is on disk (<see cref="EcrDesk.Settled"/>).
/// </summary>
public sealed class OnlineRequest
{
    private readonly TransactionRecord _pending;
    private readonly Func<TransactionRecord, TransactionRecord[]> _alsoOnApproval;
    private readonly bool _printsReceipt;

    private OnlineRequest(TransactionRecord pending, Func<TransactionRecord, TransactionRecord[]> alsoOnApproval, bool printsReceipt)
    {
        _pending = pending;
        _alsoOnApproval = alsoOnApproval;
        _printsReceipt = printsReceipt;
    }

    /// <param name="settled">Told the exchange's result and where the request's outcome leads (receipt, or home with a message).</param>
    /// <param name="alsoOnApproval">
    /// Records that change with an approval, written in the same journal transaction (a void's
    /// original sale becomes VOIDED with it, never before, never without it).
    /// </param>
    /// <param name="printsReceipt">False for a request without a voucher (余额查询): approval goes home, the flow shows the result.</param>
    public static void Send(TerminalContext ctx, HostRequest request, TransactionRecord pending,
        Action<TerminalContext, ExchangeResult, Activity> settled,
        Func<TransactionRecord, TransactionRecord[]>? alsoOnApproval = null, bool printsReceipt = true)
    {
        var record = ctx.Journal.Write("pending, sending to host", pending)[0];
        ctx.Log.Information("{Type} voucher {Voucher:000000} amount {Amount} card {Card} PENDING on disk; sending",
            record.Type.ToString(), record.Voucher, Money.Fen.Format(record.AmountFen), record.MaskedPan);
        var online = new OnlineRequest(record, alsoOnApproval ?? (_ => []), printsReceipt);
        ctx.Exchange.Send(request, (c, result) => settled(c, result, online.Complete(c, result)));
    }

    private Activity Complete(TerminalContext ctx, ExchangeResult result)
    {
        var txn = TransactionLifecycle.Of(_pending);
        if (result.TimedOut)
            return NoAnswer(ctx, ReversalReasons.Timeout, $"no answer within {ctx.Options.HostTimeout.TotalSeconds:0} s", [ctx.Say(Phrase.HostTimeout)]);
        if (result.GivenUp)
            return NoAnswer(ctx, ReversalReasons.CardRemoved, $"given up: {result.GivenUpBecause}", [ctx.Say(Phrase.TransactionCancelled)]);
        var response = result.Response;
        switch (result.Outcome)
        {
            case HostLinkOutcome.Answered when response!.Approved:
                var approved = txn.Approved(response);
                var saved = Save(ctx, "approved", [approved, .. _alsoOnApproval(approved)]);
                return _printsReceipt ? new ReceiptActivity(saved.Id, reprint: false) : Home.For(ctx);
            case HostLinkOutcome.Answered:
                Save(ctx, $"declined {response!.ResponseCode}", txn.Declined(response));
                return Home.After(ctx, HostRequests.DeclineLines(response, _pending.Type, ctx.Language));
            case HostLinkOutcome.NotConnected:
                Save(ctx, "not sent: host unreachable", txn.NotSent());
                return Home.After(ctx, ctx.Say(Phrase.Declined), ctx.Say(Phrase.NetworkDown));
            case HostLinkOutcome.BadMac:
                return NoAnswer(ctx, ReversalReasons.BadMac, $"answer MAC did not verify: {result.Detail}", [ctx.Say(Phrase.Declined), ctx.Say(ResponseCodes.PhraseOf("A0"))]);
            default:
                return NoAnswer(ctx, ReversalReasons.Timeout, $"{result.Outcome}: {result.Detail}", [ctx.Say(Phrase.Declined), ctx.Say(Phrase.HostTimeout)]);
        }
    }

    /// <summary>
    /// No usable answer (none in time, an unusable one, or the request given up because the chip
    /// card was taken out): a reversible request's reversal becomes due and is sent at once;
    /// a refund becomes UNKNOWN (refunds are not reversed) and goes up in the batch upload.
    /// </summary>
    private Activity NoAnswer(TerminalContext ctx, string reason, string why, string[] lines)
    {
        var txn = TransactionLifecycle.Of(_pending);
        if (_pending.ReversalState == ReversalState.None)
        {
            Save(ctx, $"no answer ({why}); status unknown", txn.Unknown());
            return Home.After(ctx, lines);
        }
        Save(ctx, $"no answer ({why}); reversal {reason} due", txn.ReversalDue(reason));
        return new ReversalActivity(_ => Home.After(ctx, lines), lines[^1]) { ServesRequest = ctx.Ecr.InHand };
    }

    /// <summary>Writes the records in one journal transaction; returns the first.</summary>
    private static TransactionRecord Save(TerminalContext ctx, string evt, params TransactionRecord[] records)
    {
        var saved = ctx.Journal.Write(evt, records);
        foreach (var r in saved)
            ctx.Log.Information("{Type} voucher {Voucher:000000}: {Event} -> {Status}", r.Type.ToString(), r.Voucher, evt, r.Status.ToString());
        // The outcome is on disk: a register waiting for it is answered now, before receipts print.
        ctx.Ecr.Settled(saved[0]);
        return saved[0];
    }
}
