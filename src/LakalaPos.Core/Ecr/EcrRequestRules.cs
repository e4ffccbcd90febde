namespace LakalaPos.Core.Ecr;

/// <summary>
/// What a register request must look like, the same wherever it arrives from (a serial port, TCP,
/// a replay): ids and order numbers 1–32 of A–Z a–z 0–9 - _ . ; a sale 1–99 items with distinct
/// names, quantities 1–9999 and unit prices 0–99,999,999 fen, its total above zero and within 12
/// digits; a refund 1–99 distinct items by name and quantity; a void and a query no items.
/// </summary>
public static class EcrRequestRules
{
    public const int MaxIdLength = 32;
    public const int MaxItems = 99;
    public const int MaxNameLength = 40;
    public const int MaxQuantity = 9999;
    public const long MaxUnitPriceFen = 99_999_999;
    public const long MaxTotalFen = 999_999_999_999;

    /// <summary>Whether <paramref name="text"/> is a valid request id or order number.</summary>
    public static bool IsIdentifier(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= MaxIdLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>Whether <paramref name="name"/> can name an item: 1–40 characters, no control character, no '|'.</summary>
    public static bool IsItemName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= MaxNameLength && !name.Any(c => char.IsControl(c) || c == '|');

    /// <summary>Why the request cannot be taken (in English, for the log and the register), or null when it is well formed.</summary>
    public static string? Problem(EcrRequest request)
    {
        if (!IsIdentifier(request.RequestId))
            return $"request id must be 1-{MaxIdLength} of A-Z a-z 0-9 - _ .";
        if (!IsIdentifier(request.OrderNo))
            return $"order number must be 1-{MaxIdLength} of A-Z a-z 0-9 - _ .";
        return request.Kind switch
        {
            EcrRequestKind.Sale => ItemsProblem(request.Items, priced: true) ?? TotalProblem(request),
            EcrRequestKind.Refund => ItemsProblem(request.Items, priced: false),
            _ => request.Items.Count == 0 ? null : $"a {request.Kind.ToString().ToLowerInvariant()} takes no items",
        };
    }

    private static string? ItemsProblem(IReadOnlyList<OrderItem> items, bool priced)
    {
        if (items.Count is 0 or > MaxItems)
            return $"1-{MaxItems} items are needed, not {items.Count}";
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!IsItemName(item.Name))
                return $"item name \"{Cut(item.Name)}\" must be 1-{MaxNameLength} characters without '|' or control characters";
            if (!names.Add(item.Name))
                return $"item \"{item.Name}\" is named twice";
            if (item.Quantity is < 1 or > MaxQuantity)
                return $"item \"{item.Name}\": quantity must be 1-{MaxQuantity}";
            if (priced && item.UnitPriceFen is < 0 or > MaxUnitPriceFen)
                return $"item \"{item.Name}\": unit price must be 0-{MaxUnitPriceFen} fen";
            if (!priced && item.UnitPriceFen != 0)
                return $"item \"{item.Name}\": a refund names items and quantities, not prices";
        }
        return null;
    }

    // A name quoted in a refusal: never so long that the refusal would not fit in a frame.
    private static string Cut(string? name) => name is null || name.Length <= MaxNameLength ? name ?? "" : name[..MaxNameLength] + "…";

    private static string? TotalProblem(EcrRequest request)
    {
        var total = request.TotalFen;
        return total is <= 0 or > MaxTotalFen ? $"the order's total must be above 0 and at most {MaxTotalFen} fen" : null;
    }
}
