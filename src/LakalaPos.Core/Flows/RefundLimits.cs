using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Flows;

/// <summary>How much of an original sale is left to refund, where this terminal's journal has the original.</summary>
public static class RefundLimits
{
    /// <summary>The original's amount less its approved refunds; null when the original is not in this journal.</summary>
    public static long? LeftOfOriginal(IJournal journal, string origRrn)
    {
        if (journal.FindByRrn(origRrn) is not { Type: TransactionType.Sale } original)
            return null;
        var refunded = journal.ListByOrigRrn(origRrn)
            .Where(r => r is { Type: TransactionType.Refund, Status: TransactionStatus.Approved })
            .Sum(r => r.AmountFen);
        return original.AmountFen - refunded;
    }

    /// <summary>What is left of an order's sale to refund (refunds by order and by reference number alike); null without a sale with a reference number.</summary>
    public static long? LeftOfSale(IJournal journal, Ecr.OrderState order) =>
        order.Sale?.Rrn is { } rrn ? LeftOfOriginal(journal, rrn) : null;
}
