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
}
