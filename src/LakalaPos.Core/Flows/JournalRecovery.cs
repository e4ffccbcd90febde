using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Flows;

/// <summary>
/// At boot, settles what a power cut left in flight: a reversible request still PENDING has its
/// armed reversal made due (sent after sign-in, before anything else); a refund (or a balance
/// inquiry) with no answer becomes UNKNOWN (neither is reversed; the batch upload settles refunds).
/// </summary>
public static class JournalRecovery
{
    public static void Run(TerminalContext ctx)
    {
        foreach (var txn in ctx.Journal.ListPending())
        {
            var lifecycle = TransactionLifecycle.Of(txn);
            var recovered = txn switch
            {
                { ReversalState: ReversalState.Armed } => lifecycle.ReversalDue(txn.ReversalReason ?? ReversalReasons.Armed),
                { Type: TransactionType.Refund or TransactionType.Balance } => lifecycle.Unknown(),
                _ => null,
            };
            if (recovered is null)
                continue;
            ctx.Journal.Write("recovered after power loss", recovered);
            ctx.Log.Warning("Recovered {Type} voucher {Voucher:000000} left {Status} by a power loss: now {NewStatus}, reversal {Reversal}",
                txn.Type, txn.Voucher, txn.Status, recovered.Status, recovered.ReversalState);
        }
    }
}
