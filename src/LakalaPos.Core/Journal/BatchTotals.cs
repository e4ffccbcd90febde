using LakalaPos.Core.Host;

namespace LakalaPos.Core.Journal;

/// <summary>
/// A batch counted by type, from the journal. 消费 counts every approved sale (voided ones too, as
/// a slip lists them); 撤销 the approved voids; 退货 the approved refunds. What the host is told
/// (0500 field 48) is what stands: sales not voided as debits, refunds as credits.
/// </summary>
public sealed record BatchTotals(int SaleCount, long SaleFen, int VoidCount, long VoidFen, int RefundCount, long RefundFen, int StandingSaleCount, long StandingSaleFen)
{
    /// <summary>
    /// The counting rules, the one definition of them: which (type, status) counts in which total.
    /// <see cref="Of"/>, the journals' <c>Totals</c> (SQLite: one GROUP BY type, status) and their
    /// contract tests all go through this table.
    /// </summary>
    public static readonly IReadOnlyList<(TransactionType Type, TransactionStatus Status, BatchTotalLine Line)> Rules =
    [
        (TransactionType.Sale, TransactionStatus.Approved, BatchTotalLine.Sale | BatchTotalLine.StandingSale),
        (TransactionType.Sale, TransactionStatus.Voided, BatchTotalLine.Sale),
        (TransactionType.Void, TransactionStatus.Approved, BatchTotalLine.Void),
        (TransactionType.Refund, TransactionStatus.Approved, BatchTotalLine.Refund),
    ];

    /// <summary>Totals of records, newest first or in any order.</summary>
    public static BatchTotals Of(IEnumerable<TransactionRecord> batch) =>
        FromGroups(batch.Select(r => new BatchGroup(r.Type, r.Status, 1, r.AmountFen)));

    /// <summary>Totals from counts and sums per (type, status), as a store's aggregate query gives them; a pair may come more than once.</summary>
    public static BatchTotals FromGroups(IEnumerable<BatchGroup> groups)
    {
        int sale = 0, voids = 0, refund = 0, standing = 0;
        long saleFen = 0, voidFen = 0, refundFen = 0, standingFen = 0;
        foreach (var g in groups)
        {
            var line = LineOf(g.Type, g.Status);
            checked
            {
                if (line.HasFlag(BatchTotalLine.Sale)) { sale += g.Count; saleFen += g.Fen; }
                if (line.HasFlag(BatchTotalLine.StandingSale)) { standing += g.Count; standingFen += g.Fen; }
                if (line.HasFlag(BatchTotalLine.Void)) { voids += g.Count; voidFen += g.Fen; }
                if (line.HasFlag(BatchTotalLine.Refund)) { refund += g.Count; refundFen += g.Fen; }
            }
        }
        return new BatchTotals(sale, saleFen, voids, voidFen, refund, refundFen, standing, standingFen);
    }

    /// <summary>Where a record of that type and status counts; <see cref="BatchTotalLine.None"/> when nowhere.</summary>
    public static BatchTotalLine LineOf(TransactionType type, TransactionStatus status)
    {
        foreach (var rule in Rules)
        {
            if (rule.Type == type && rule.Status == status)
                return rule.Line;
        }
        return BatchTotalLine.None;
    }

    public SettlementTotals ForHost => new(StandingSaleFen, StandingSaleCount, RefundFen, RefundCount);
}

/// <summary>The totals a record counts in.</summary>
[Flags]
public enum BatchTotalLine
{
    None = 0,
    Sale = 1,
    Void = 2,
    Refund = 4,
    /// <summary>A sale not voided: what the host is told as debits.</summary>
    StandingSale = 8,
}

/// <summary>How many records of a type and status, and their amounts summed.</summary>
public readonly record struct BatchGroup(TransactionType Type, TransactionStatus Status, int Count, long Fen);
