namespace LakalaPos.Core.Journal;

/// <summary>Which refunds may have given money back: approved ones, and those whose outcome is not known yet (pending, unknown).</summary>
public static class RefundCounting
{
    /// <summary>A refund approved or undecided: what it gives back counts, so the same goods or money are never given back twice.</summary>
    public static bool MayHaveGivenBack(TransactionRecord record) =>
        record is { Type: TransactionType.Refund, Status: TransactionStatus.Approved or TransactionStatus.Pending or TransactionStatus.Unknown };
}
