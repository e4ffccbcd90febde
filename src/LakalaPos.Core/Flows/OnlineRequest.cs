using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// One money-moving request to the host, journal first: the record is on disk as PENDING (with
/// its reversal armed when reversible) before the request leaves; each answer, or its absence,
/// is one journal write. Returns where the flow goes next.
/// </summary>
public sealed class OnlineRequest
{
    private readonly HostRequest _request;
    private readonly TimerTicket _timer;
    private readonly Func<TransactionRecord, TransactionRecord[]> _alsoOnApproval;
    private readonly bool _printsReceipt;
    private TransactionRecord _record;

    private OnlineRequest(HostRequest request, TransactionRecord record, TimerTicket timer,
        Func<TransactionRecord, TransactionRecord[]> alsoOnApproval, bool printsReceipt)
    {
        _request = request;
        _record = record;
        _timer = timer;
        _alsoOnApproval = alsoOnApproval;
        _printsReceipt = printsReceipt;
    }

    /// <param name="alsoOnApproval">
    /// Records that change with an approval, written in the same journal transaction (a void's
    /// original sale becomes VOIDED with it, never before, never without it).
    /// </param>
    /// <param name="printsReceipt">False for a request without a voucher (余额查询): approval goes home, the flow shows the result.</param>
    public static OnlineRequest Send(TerminalContext ctx, HostRequest request, TransactionRecord pending,
        Func<TransactionRecord, TransactionRecord[]>? alsoOnApproval = null, bool printsReceipt = true)
    {
        var record = ctx.Journal.Write("pending, sending to host", pending)[0];
        ctx.Log.Information("{Type} voucher {Voucher:000000} amount {Amount} card {Card} PENDING on disk; sending",
            record.Type.ToString(), record.Voucher, Money.Fen.Format(record.AmountFen), record.MaskedPan);
        var timer = ctx.StartTimer("host", ctx.Options.HostTimeout);
        ctx.Host.Send(request);
        return new OnlineRequest(request, record, timer, alsoOnApproval ?? (_ => []), printsReceipt);
    }

    // Once answered or timed out the request is settled: a time-out queued in the same instant as
    // the answer, or a duplicate answer, must not settle it a second time.
    private bool _settled;

    public bool Owns(HostLinkResult result) => !_settled && (ReferenceEquals(result.Request, _request) || result.Request == _request);

    public bool IsTimeout(TimerTicket ticket) => !_settled && ticket == _timer;

    public Activity Complete(TerminalContext ctx, HostLinkResult result)
    {
        _settled = true;
        ctx.CancelTimer(_timer);
        var response = result.Response;
        switch (result.Outcome)
        {
            case HostLinkOutcome.Answered when response!.Approved:
                var approved = _record with
                {
                    Status = TransactionStatus.Approved,
                    ResponseCode = response.ResponseCode,
                    Rrn = response.Rrn,
                    AuthCode = response.AuthCode,
                    BalanceFen = response.BalanceFen,
                    ReversalState = ReversalState.None,
                    ReversalReason = null,
                };
                _record = Save(ctx, "approved", [approved, .. _alsoOnApproval(approved)]);
                return _printsReceipt ? new ReceiptActivity(_record.Id, reprint: false) : Home.For(ctx);
            case HostLinkOutcome.Answered:
                Save(ctx, $"declined {response!.ResponseCode}", _record with
                {
                    Status = TransactionStatus.Declined,
                    ResponseCode = response.ResponseCode,
                    Rrn = response.Rrn,
                    ReversalState = ReversalState.None,
                    ReversalReason = null,
                });
                return Home.After(ctx, HostRequests.DeclineLines(response, _record.Type));
            case HostLinkOutcome.NotConnected:
                // The request never left the terminal: nothing to reverse, nothing moved.
                Save(ctx, "not sent: host unreachable", _record with
                {
                    Status = TransactionStatus.Declined,
                    ReversalState = ReversalState.None,
                    ReversalReason = null,
                });
                return Home.After(ctx, Prompts.Declined, Prompts.NetworkDown);
            case HostLinkOutcome.BadMac:
                return NoAnswer(ctx, ReversalReasons.BadMac, $"answer MAC did not verify: {result.Detail}", [Prompts.Declined, ResponseCodes.TextOf("A0")]);
            default:
                return NoAnswer(ctx, ReversalReasons.Timeout, $"{result.Outcome}: {result.Detail}", [Prompts.Declined, Prompts.HostTimeout]);
        }
    }

    public Activity TimedOut(TerminalContext ctx)
    {
        _settled = true;
        ctx.Host.Abandon(_request);
        return NoAnswer(ctx, ReversalReasons.Timeout, $"no answer within {ctx.Options.HostTimeout.TotalSeconds:0} s", [Prompts.HostTimeout]);
    }

    /// <summary>
    /// No usable answer: a reversible request's reversal becomes due and is sent at once;
    /// a refund becomes UNKNOWN (refunds are not reversed) and goes up in the batch upload.
    /// </summary>
    private Activity NoAnswer(TerminalContext ctx, string reason, string why, string[] lines)
    {
        if (_record.ReversalState == ReversalState.None)
        {
            Save(ctx, $"no answer ({why}); status unknown", _record with { Status = TransactionStatus.Unknown });
            return Home.After(ctx, lines);
        }
        Save(ctx, $"no answer ({why}); reversal {reason} due", _record with
        {
            ReversalState = ReversalState.Due,
            ReversalReason = reason,
        });
        return new ReversalActivity(_ => Home.After(ctx, lines), lines[^1]);
    }

    /// <summary>Writes the records in one journal transaction; returns the first.</summary>
    private static TransactionRecord Save(TerminalContext ctx, string evt, params TransactionRecord[] records)
    {
        var saved = ctx.Journal.Write(evt, records);
        foreach (var r in saved)
            ctx.Log.Information("{Type} voucher {Voucher:000000}: {Event} -> {Status}", r.Type.ToString(), r.Voucher, evt, r.Status.ToString());
        return saved[0];
    }
}
