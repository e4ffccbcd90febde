using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Ecr;

/// <summary>
/// How an order stands in the journal: its sale and its lines with what refunds have taken back.
/// An order is used once a sale of it is approved, voided or still undecided (pending, unknown);
/// a declined or reversed sale leaves it free to be charged again. A refund counts against its
/// items while approved or undecided, so an item cannot be given back twice.
/// </summary>
public sealed class OrderState
{
    private OrderState(string orderNo, TransactionRecord? sale, IReadOnlyList<OrderLine> lines, IReadOnlyList<TransactionRecord> records)
    {
        OrderNo = orderNo;
        Sale = sale;
        Lines = lines;
        Records = records;
    }

    public string OrderNo { get; }

    /// <summary>The sale that uses the order (approved, voided or undecided), else the newest sale of it, else null.</summary>
    public TransactionRecord? Sale { get; }

    /// <summary>The sale's lines with what was refunded of each; empty without a sale.</summary>
    public IReadOnlyList<OrderLine> Lines { get; }

    /// <summary>Every record of the order, oldest first.</summary>
    public IReadOnlyList<TransactionRecord> Records { get; }

    /// <summary>A sale of this order is approved, voided or undecided: the order number cannot be charged again.</summary>
    public bool IsUsed => Sale is { } s && Uses(s);

    /// <summary>
    /// A refund of the order that counts (approved or undecided) whose items the journal cannot read:
    /// what it gave back is not known, so no more of the order is given back here.
    /// </summary>
    public bool HasUnreadableRefund => Records.Any(r => RefundCounting.MayHaveGivenBack(r) && r.Items is null);

    /// <summary>The order's sale is approved (not voided): its goods can be refunded.</summary>
    public bool IsRefundable => Sale is { Status: TransactionStatus.Approved };

    public static OrderState Of(IJournal journal, string orderNo) => Of(orderNo, journal.ListByOrder(orderNo));

    public static OrderState Of(string orderNo, IReadOnlyList<TransactionRecord> records)
    {
        var sales = records.Where(r => r.Type == TransactionType.Sale).ToList();
        var sale = sales.LastOrDefault(Uses) ?? sales.LastOrDefault();
        var refunded = records
            .Where(RefundCounting.MayHaveGivenBack)
            .SelectMany(r => r.Items ?? [])
            .GroupBy(i => i.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(i => i.Quantity), StringComparer.Ordinal);
        var lines = (sale?.Items ?? []).Select(i => new OrderLine(i, refunded.GetValueOrDefault(i.Name))).ToList();
        return new OrderState(orderNo, sale, lines, records);
    }

    /// <summary>
    /// The priced items a refund of <paramref name="wanted"/> (names and quantities) gives back,
    /// or why not: no approved sale (NoOrder), a name the order does not hold (NoItem), more than
    /// is left of an item (AlreadyRefunded).
    /// </summary>
    public (IReadOnlyList<OrderItem>? Items, EcrReason Refusal, string? Detail) Refund(IReadOnlyList<OrderItem> wanted)
    {
        if (!IsRefundable)
            return (null, EcrReason.NoOrder, Sale is null ? "no sale of this order" : $"its sale is {Sale.Status.ToString().ToUpperInvariant()}");
        if (HasUnreadableRefund)
            return (null, EcrReason.AlreadyRefunded, "a refund of this order has items the journal cannot read: what it gave back is not known");
        var priced = new List<OrderItem>();
        foreach (var item in wanted)
        {
            var line = Lines.FirstOrDefault(l => l.Item.Name == item.Name);
            if (line is null)
                return (null, EcrReason.NoItem, $"the order holds no \"{item.Name}\"");
            if (item.Quantity > line.Left)
                return (null, EcrReason.AlreadyRefunded, $"\"{item.Name}\": {item.Quantity} asked, {line.Left} of {line.Item.Quantity} left to refund");
            priced.Add(line.Item with { Quantity = item.Quantity });
        }
        return (priced, EcrReason.None, null);
    }

    private static bool Uses(TransactionRecord sale) =>
        sale.Status is TransactionStatus.Approved or TransactionStatus.Voided or TransactionStatus.Unknown
        || (sale.Status == TransactionStatus.Pending && sale.ReversalState is ReversalState.None or ReversalState.Armed);
}
