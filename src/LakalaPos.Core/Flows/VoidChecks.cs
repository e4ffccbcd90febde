using LakalaPos.Core.Engine;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Which sale may be voided (spec section 4.2): only an approved sale of the current, unsettled
/// batch on this terminal, dated today when <c>voidSameDayOnly</c>. Each refusal has its own screen.
/// </summary>
public static class VoidChecks
{
    /// <summary>The sale to void, or the refusal lines to show.</summary>
    public static (TransactionRecord? Sale, string[]? Refusal) Find(TerminalContext ctx, int voucher)
    {
        var batch = ctx.Journal.CurrentBatch();
        var txn = ctx.Journal.FindByVoucher(voucher, batch);
        if (txn is null)
        {
            return ctx.Journal.FindByVoucher(voucher) is not null
                ? (null, [ctx.Say(Phrase.OriginalSettled), ctx.Say(Phrase.UseRefundInstead)])
                : (null, [ctx.Say(Phrase.OriginalNotFound)]);
        }
        if (txn is { Type: TransactionType.Sale, Status: TransactionStatus.Voided })
            return (null, [ctx.Say(Phrase.OriginalAlreadyVoided)]);
        if (txn is not { Type: TransactionType.Sale, Status: TransactionStatus.Approved })
            return (null, [ctx.Say(Phrase.OriginalNotVoidable)]);
        if (ctx.Parameters.VoidSameDayOnly && LocalDate(ctx, txn.LocalTime) < LocalDate(ctx, ctx.Now))
            return (null, [ctx.Say(Phrase.VoidTimeLimit)]);
        // A void gives the whole amount back: not on top of a refund of it (approved, or not yet known).
        if (txn.Rrn is { } rrn && ctx.Journal.ListByOrigRrn(rrn).Any(RefundCounting.MayHaveGivenBack))
            return (null, [ctx.Say(Phrase.OriginalNotVoidable), ctx.Say(Phrase.EcrAlreadyRefunded)]);
        return (txn, null);
    }

    private static DateOnly LocalDate(TerminalContext ctx, DateTimeOffset t) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, ctx.Options.TimeZone).DateTime);
}
