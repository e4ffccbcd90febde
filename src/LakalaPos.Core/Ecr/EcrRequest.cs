namespace LakalaPos.Core.Ecr;

/// <summary>What the cash register asks of the terminal.</summary>
public enum EcrRequestKind
{
    /// <summary>Charge an order: its items and prices, the terminal computes the total.</summary>
    Sale,

    /// <summary>Give back items (names and quantities) of an order's sale.</summary>
    Refund,

    /// <summary>Void an order's sale (消费撤销), while its batch is open.</summary>
    Void,

    /// <summary>How an order stands: its sale, its items and what was refunded of each. Nothing is sent.</summary>
    Query,
}

/// <summary>
/// One request from the cash register. <see cref="RequestId"/> is the register's: asking again with
/// the same id returns the same answer and never runs the request twice. Items: a sale's carry
/// their unit prices; a refund's carry names and quantities only (unit price 0).
/// </summary>
public sealed record EcrRequest(string RequestId, EcrRequestKind Kind, string OrderNo, IReadOnlyList<OrderItem> Items)
{
    /// <summary>A sale's total: the sum of its items.</summary>
    public long TotalFen => Items.Sum(i => i.AmountFen);

    public override string ToString() => $"ECR {Kind} request {RequestId} order {OrderNo} ({Items.Count} items)";
}
