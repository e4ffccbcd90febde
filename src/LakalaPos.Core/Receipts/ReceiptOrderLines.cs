using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;

namespace LakalaPos.Core.Receipts;

/// <summary>
/// The block of a receipt that shows the cash register's order. It comes right after the
/// transaction block (交易类型 … 金额) and before 备注, between separators, as on the slips of
/// Chinese terminals linked to a register: the amount the cardholder signs for stays where the
/// spec puts it, and the goods follow it as its detail, never between the card data and the
/// amount. It holds the order number, then each item: its name (wrapped to the paper, a Chinese
/// character taking two columns) and under it "  2 x 3.50" with the line amount at the right
/// edge. A refund's items are the goods it takes back, under "退货商品 RETURNED"; its amounts
/// print without a sign, the slip's amount carries it. A void of an order prints its order number only.
/// </summary>
internal static class ReceiptOrderLines
{
    public static IEnumerable<ReceiptLine> Of(ReceiptData data)
    {
        var lines = new List<ReceiptLine> { new FieldLine(ReceiptLabels.OrderNo, data.OrderNo ?? "") };
        if (data.Items is not { Count: > 0 } items)
            return lines;
        if (data.Type == TransactionType.Refund)
            lines.Add(new TextLine(ReceiptLabels.ReturnedItems));
        foreach (var item in items)
        {
            lines.Add(new TextLine(item.Name));
            lines.Add(new FieldLine(ReceiptFormats.ItemQuantity(item.Quantity, item.UnitPriceFen), Fen.Format(item.AmountFen)));
        }

        return lines;
    }
}
