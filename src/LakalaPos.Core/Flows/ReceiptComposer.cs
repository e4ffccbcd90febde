using LakalaPos.Core.Engine;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Receipts;

namespace LakalaPos.Core.Flows;

/// <summary>Turns a journaled transaction into the printed lines of one receipt copy, with the terminal's parameters.</summary>
public static class ReceiptComposer
{
    public static IReadOnlyList<string> Compose(TerminalContext ctx, TransactionRecord txn, int copyIndex, bool reprint, int columns)
    {
        var copies = ReceiptCopies.ForCount(Math.Max(ctx.Parameters.ReceiptCopies, copyIndex + 1));
        var options = new ReceiptOptions(reprint, ctx.Options.IsTestProfile, ctx.Parameters.NegativeSign);
        var data = ReceiptData.FromTransaction(txn, Merchant(ctx), copies[copyIndex], options);
        return ReceiptRenderer.Render(ReceiptBuilder.Build(data), columns);
    }

    public static MerchantInfo Merchant(TerminalContext ctx) =>
        new(ctx.Parameters.MerchantName, ctx.Parameters.MerchantNo, ctx.Parameters.TerminalNo);
}

/// <summary>The slip printed when a reversal failed for good: marked as not a voucher.</summary>
public static class FaultSlip
{
    /// <param name="problem">What went wrong besides "no answer", printed on the slip (e.g. <see cref="FaultSlipBuilder.CardDataUnreadable"/>).</param>
    public static void Print(TerminalContext ctx, TransactionRecord txn, string? problem = null)
    {
        if (!ctx.Printing.HasPrinter)
        {
            ctx.Log.Warning("No printer: fault slip for voucher {Voucher:000000} not printed", txn.Voucher);
            return;
        }
        var slip = FaultSlipBuilder.Build(txn, ReceiptComposer.Merchant(ctx), ctx.Now, ctx.Options.IsTestProfile, problem);
        // Nobody waits for it: the flow goes on while it prints, and the printer logs its outcome.
        ctx.Printing.Print($"fault slip for voucher {txn.Voucher:000000}", ReceiptRenderer.Render(slip, ctx.Printing.Columns));
    }
}
