using LakalaPos.Core.Ecr;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Receipts;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Sends the reversals (冲正) that are due, oldest first, one request at a time (spec section 6).
/// Acknowledged: the transaction is REVERSED. No answer: the attempt is counted and the reversal
/// stays due (sent again before the next online request) — one that could not even be sent (no
/// connection) is not counted; after <c>reversalRetries</c> attempts,
/// "冲正失败,请联系客服" and a fault slip (not a voucher). It ends by telling whether every
/// reversal is out of the way (acknowledged or given up), so a request may follow: to the
/// continuation it was given, or, pushed (<see cref="TerminalContext.Push"/>), by returning
/// <see cref="ChildResult.Done"/> to the flow that pushed it.
/// </summary>
public sealed class ReversalActivity : Activity
{
    // A reversal answered "original not found" or "invalid" leaves nothing to undo at the host.
    private static readonly HashSet<string> Settled = ["00", "12", "25"];

    private readonly Func<bool, Activity>? _next;
    private readonly string? _headline;
    private TransactionRecord? _txn;

    /// <summary>Reversals that go on to what <paramref name="next"/> says, told whether the way is clear.</summary>
    public ReversalActivity(Func<bool, Activity> next, string? headline = null)
    {
        _next = next;
        _headline = headline;
    }

    /// <summary>Reversals pushed by a flow: they return to it, done when the way is clear.</summary>
    public ReversalActivity(string? headline = null) => _headline = headline;

    public override string Name => "Reversal";

    /// <summary>The register request whose transaction this reversal undoes: it is answered when the reversal is settled, not before.</summary>
    public EcrRequest? ServesRequest { get; init; }

    public override EcrRequest? Serves => ServesRequest;

    public override void Enter(TerminalContext ctx) => SendNext(ctx);

    /// <summary>True when a reversal waits to be sent before anything else goes to the host.</summary>
    public static bool AnyDue(TerminalContext ctx) => ctx.Journal.PendingReversals().Any(t => t.ReversalState == ReversalState.Due);

    private void SendNext(TerminalContext ctx)
    {
        _txn = ctx.Journal.PendingReversals().FirstOrDefault(t => t.ReversalState == ReversalState.Due);
        if (_txn is null)
        {
            End(ctx, cleared: true);
            return;
        }
        var txn = TransactionLifecycle.Of(_txn);
        if (txn.CardDataUnreadable(ctx.Options.PanProtector))
        {
            CannotBeBuilt(ctx, txn);
            return;
        }
        var request = txn.ReversalRequest(ctx.Options.PanProtector, ctx.Parameters.TerminalNo, ctx.Parameters.MerchantNo);
        ctx.Show(Screen.Of(_headline ?? ctx.Say(Phrase.ReversalTitle), ctx.Say(Phrase.Reversing), ctx.Say(Phrase.Processing)));
        ctx.Log.Information("Sending reversal {Reason} of {Type} voucher {Voucher:000000}, attempt {Attempt}",
            _txn.ReversalReason, _txn.Type, _txn.Voucher, _txn.ReversalAttempts + 1);
        ctx.Exchange.Send(request, Answered);
    }

    private void Answered(TerminalContext ctx, ExchangeResult result)
    {
        var txn = TransactionLifecycle.Of(_txn!);
        if (result is { Answered: true, Response: { } r } && Settled.Contains(r.ResponseCode))
        {
            ctx.Journal.Write($"reversal acknowledged ({r.ResponseCode})", txn.Reversed());
            ctx.Log.Information("Reversal of voucher {Voucher:000000} acknowledged", txn.Record.Voucher);
            SendNext(ctx);
            return;
        }
        if (result.NotSent)
        {
            // The reversal never left: it is not an attempt the host failed to answer, so it does not count.
            ctx.Log.Warning("Reversal of voucher {Voucher:000000} could not be sent ({Detail}); stays due", txn.Record.Voucher, result.Detail);
            End(ctx, cleared: false);
            return;
        }
        Failed(ctx, txn, result.TimedOut ? "no answer" : $"{result.Outcome} {result.Response?.ResponseCode}");
    }

    /// <summary>
    /// The card data kept for the reversal cannot be decrypted (the data key was changed, or the
    /// journal is damaged): no attempt can reach the host, and none ever will with this key. The
    /// usual attempts are counted at once, each journaled, and the reversal is given up with a
    /// fault slip that says why, so the terminal can work again; the screen says it once.
    /// </summary>
    private void CannotBeBuilt(TerminalContext ctx, TransactionLifecycle txn)
    {
        ctx.Log.Error("Reversal of {Type} voucher {Voucher:000000} cannot be built: the card data kept for it cannot be decrypted " +
            "with this terminal's data key (the key was changed or the journal is damaged); giving it up after {Retries} attempts",
            txn.Record.Type, txn.Record.Voucher, ctx.Parameters.ReversalRetries);
        while (txn.Record.ReversalAttempts + 1 < ctx.Parameters.ReversalRetries)
            txn = TransactionLifecycle.Of(ctx.Journal.Write($"reversal attempt {txn.Record.ReversalAttempts + 1} failed: {CardDataUnreadable}", txn.ReversalAttemptFailed())[0]);
        var givenUp = ctx.Journal.Write($"reversal failed after {txn.Record.ReversalAttempts + 1} attempts: {CardDataUnreadable}", txn.ReversalGivenUp())[0];
        FaultSlip.Print(ctx, givenUp, FaultSlipBuilder.CardDataUnreadable);
        GivenUp(ctx, Screen.Of(ctx.Say(Phrase.ReversalFailed), ctx.Say(Phrase.ReversalDataUnreadable)));
    }

    private const string CardDataUnreadable = "its card data cannot be decrypted with this data key";

    private void Failed(TerminalContext ctx, TransactionLifecycle txn, string why)
    {
        var attempts = txn.Record.ReversalAttempts + 1;
        if (attempts < ctx.Parameters.ReversalRetries)
        {
            ctx.Journal.Write($"reversal attempt {attempts} failed: {why}", txn.ReversalAttemptFailed());
            ctx.Log.Warning("Reversal of voucher {Voucher:000000} failed ({Why}); stays due, sent again before the next request", txn.Record.Voucher, why);
            End(ctx, cleared: false);
            return;
        }
        var givenUp = ctx.Journal.Write($"reversal failed after {attempts} attempts: {why}", txn.ReversalGivenUp())[0];
        ctx.Log.Error("Reversal of voucher {Voucher:000000} failed {Attempts} times; fault slip printed", txn.Record.Voucher, attempts);
        FaultSlip.Print(ctx, givenUp);
        GivenUp(ctx, Screen.Of(ctx.Say(Phrase.ReversalFailed)));
    }

    /// <summary>A reversal given up is out of the way, once its message has been shown.</summary>
    private void GivenUp(TerminalContext ctx, Screen message)
    {
        if (_next is { } next)
            ctx.Go(new MessageActivity(message, () => next(true)));
        else
            ctx.Push(new MessageActivity(message));
    }

    /// <summary>The given-up message pushed by <see cref="GivenUp"/> is over: the way is clear.</summary>
    public override void OnReturn(TerminalContext ctx, Activity child, ChildResult result)
    {
        if (child is not MessageActivity)
        {
            base.OnReturn(ctx, child, result);
            return;
        }
        End(ctx, cleared: true);
    }

    private void End(TerminalContext ctx, bool cleared)
    {
        if (_next is { } next)
            ctx.Go(next(cleared));
        else
            ctx.Return(new ChildResult(cleared));
    }
}
