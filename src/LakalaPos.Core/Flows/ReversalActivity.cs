using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Sends the reversals (冲正) that are due, oldest first, one request at a time (spec section 6).
/// Acknowledged: the transaction is REVERSED. No answer: the attempt is counted and the reversal
/// stays due (sent again before the next online request) — one that could not even be sent (no
/// connection) is not counted; after <c>reversalRetries</c> attempts,
/// "冲正失败,请联系客服" and a fault slip (not a voucher). <paramref name="next"/> is told whether
/// every reversal is out of the way (acknowledged or given up), so a request may follow.
/// </summary>
public sealed class ReversalActivity(Func<bool, Activity> next, string? headline = null) : Activity
{
    // A reversal answered "original not found" or "invalid" leaves nothing to undo at the host.
    private static readonly HashSet<string> Settled = ["00", "12", "25"];

    private TransactionRecord? _txn;
    private HostRequest? _request;
    private TimerTicket? _timer;

    public override string Name => "Reversal";

    public override void Enter(TerminalContext ctx) => SendNext(ctx);

    /// <summary>True when a reversal waits to be sent before anything else goes to the host.</summary>
    public static bool AnyDue(TerminalContext ctx) => ctx.Journal.PendingReversals().Any(t => t.ReversalState == ReversalState.Due);

    public override void OnHost(TerminalContext ctx, HostLinkResult result)
    {
        if (_request is null || result.Request != _request)
        {
            base.OnHost(ctx, result);
            return;
        }
        ctx.CancelTimer(_timer);
        if (result is { Outcome: HostLinkOutcome.Answered, Response: { } r } && Settled.Contains(r.ResponseCode))
        {
            ctx.Journal.Write($"reversal acknowledged ({r.ResponseCode})", _txn! with
            {
                Status = TransactionStatus.Reversed,
                ReversalState = ReversalState.Done,
                ReversalAttempts = _txn!.ReversalAttempts + 1,
            });
            ctx.Log.Information("Reversal of voucher {Voucher:000000} acknowledged", _txn.Voucher);
            SendNext(ctx);
            return;
        }
        if (result.Outcome == HostLinkOutcome.NotConnected)
        {
            // The reversal never left: it is not an attempt the host failed to answer, so it does not count.
            ctx.Log.Warning("Reversal of voucher {Voucher:000000} could not be sent ({Detail}); stays due", _txn!.Voucher, result.Detail);
            ctx.Go(next(false));
            return;
        }
        Failed(ctx, $"{result.Outcome} {result.Response?.ResponseCode}");
    }

    public override void OnTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (ticket != _timer || _request is null)
            return;
        ctx.Host.Abandon(_request);
        Failed(ctx, "no answer");
    }

    private void SendNext(TerminalContext ctx)
    {
        _txn = ctx.Journal.PendingReversals().FirstOrDefault(t => t.ReversalState == ReversalState.Due);
        if (_txn is null)
        {
            ctx.Go(next(true));
            return;
        }
        _request = Build(ctx, _txn);
        ctx.Show(Screen.Of(headline ?? "冲正", "冲正中", Prompts.Processing));
        ctx.Log.Information("Sending reversal {Reason} of {Type} voucher {Voucher:000000}, attempt {Attempt}",
            _txn.ReversalReason, _txn.Type, _txn.Voucher, _txn.ReversalAttempts + 1);
        _timer = ctx.StartTimer("host", ctx.Options.HostTimeout);
        ctx.Host.Send(_request);
    }

    private void Failed(TerminalContext ctx, string why)
    {
        var attempts = _txn!.ReversalAttempts + 1;
        if (attempts < ctx.Parameters.ReversalRetries)
        {
            ctx.Journal.Write($"reversal attempt {attempts} failed: {why}", _txn with { ReversalAttempts = attempts });
            ctx.Log.Warning("Reversal of voucher {Voucher:000000} failed ({Why}); stays due, sent again before the next request", _txn.Voucher, why);
            ctx.Go(next(false));
            return;
        }
        var givenUp = ctx.Journal.Write($"reversal failed after {attempts} attempts: {why}", _txn with
        {
            Status = TransactionStatus.Unknown,
            ReversalState = ReversalState.Failed,
            ReversalAttempts = attempts,
        })[0];
        ctx.Log.Error("Reversal of voucher {Voucher:000000} failed {Attempts} times; fault slip printed", _txn.Voucher, attempts);
        FaultSlip.Print(ctx, givenUp);
        ctx.Go(new MessageActivity(Screen.Of(Prompts.ReversalFailed), () => next(true)));
    }

    private static HostRequest Build(TerminalContext ctx, TransactionRecord txn)
    {
        var pan = txn.EncryptedPan is { } blob ? ctx.Options.PanProtector.Unprotect(blob) : null;
        var icc = txn.EncryptedIccData is { } iccBlob ? ctx.Options.PanProtector.UnprotectBytes(iccBlob) : null;
        var card = pan is not null && txn.ExpiryYyMm is not null
            ? new CardData(pan, txn.ExpiryYyMm, txn.EntryMode ?? EntryMode.Manual, cardSequence: txn.CardSequence, iccData: icc)
            : null;
        var original = new HostRequest
        {
            Kind = txn.Type == TransactionType.Void ? HostMessageKind.Void : HostMessageKind.Sale,
            Trace = txn.Voucher,
            Batch = txn.Batch,
            LocalTime = txn.LocalTime,
            TerminalId = ctx.Parameters.TerminalNo,
            MerchantId = ctx.Parameters.MerchantNo,
            AmountFen = txn.AmountFen,
            Card = card,
            PinEntered = txn.PinEntered,
            OriginalRrn = txn.OrigRrn,
            OriginalAuthCode = txn.OrigAuthCode,
            OriginalBatch = txn.OrigBatch,
            OriginalTrace = txn.OrigVoucher,
        };
        return original with
        {
            Kind = HostMessageKind.Reversal,
            Reversed = original,
            ReversalReason = txn.ReversalReason ?? ReversalReasons.Armed,
        };
    }
}
