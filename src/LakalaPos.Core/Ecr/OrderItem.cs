namespace LakalaPos.Core.Ecr;

/// <summary>
/// One line of a cash-register order: the goods' name, how many, and the unit price in fen. In a
/// refund request the price is not sent (0): it is taken from the order's sale.
/// </summary>
public sealed record OrderItem(string Name, int Quantity, long UnitPriceFen)
{
    /// <summary>Quantity × unit price, in fen.</summary>
    public long AmountFen => Quantity * UnitPriceFen;

    public override string ToString() => $"{Name} x{Quantity} @{UnitPriceFen}";
}

/// <summary>An order's line with how many of it approved (or still undecided) refunds have taken back.</summary>
public sealed record OrderLine(OrderItem Item, int Refunded)
{
    /// <summary>How many can still be refunded.</summary>
    public int Left => Item.Quantity - Refunded;
}
