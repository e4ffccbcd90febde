using System.Globalization;

namespace LakalaPos.Ecr.Messages;

/// <summary>What a register asks (type=…): the wire's names, SALE REFUND VOID QUERY.</summary>
public enum RegisterRequestType
{
    Sale,
    Refund,
    Void,
    Query,
}

/// <summary>An item of a request: a sale's carries its unit price in fen, a refund's none (null).</summary>
public sealed record RegisterItem(string Name, int Quantity, long? UnitPriceFen)
{
    /// <summary>NAME|QTY|PRICE, or NAME|QTY without a price.</summary>
    public string Format() => UnitPriceFen is { } price
        ? $"{Name}|{Quantity.ToString(CultureInfo.InvariantCulture)}|{price.ToString(CultureInfo.InvariantCulture)}"
        : $"{Name}|{Quantity.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>
/// A request from the register (type SALE, REFUND, VOID or QUERY): its id, its order number and,
/// for a sale or a refund, its items (item=NAME|QTY|PRICE, item=NAME|QTY; split from the right,
/// item names never hold '|'). Reading one checks the form only; the terminal's rules (lengths,
/// ranges) are applied by whoever takes the request.
/// </summary>
public sealed record RegisterRequest(RegisterRequestType Type, string Id, string Order, IReadOnlyList<RegisterItem> Items)
{
    public EcrMessage ToMessage()
    {
        var fields = new List<EcrField> { new("id", Id), new("order", Order) };
        fields.AddRange(Items.Select(item => new EcrField("item", item.Format())));
        return new EcrMessage(WireNames.Of(Type), fields);
    }

    /// <summary>Reads a body; an <see cref="EcrFormatException"/> saying why when it is not a well-formed request.</summary>
    public static RegisterRequest Parse(string body) => FromMessage(EcrMessage.Parse(body));

    /// <summary>Reads a message; an <see cref="EcrFormatException"/> saying why when it is not a well-formed request. Unknown fields are ignored.</summary>
    public static RegisterRequest FromMessage(EcrMessage message)
    {
        var type = WireNames.RequestType(message.Type)
            ?? throw new EcrFormatException($"type {Cut(message.Type)} is not a request (SALE, REFUND, VOID, QUERY)");
        var id = Single(message, "id");
        var order = Single(message, "order");
        var items = message.All("item");
        if (type is RegisterRequestType.Void or RegisterRequestType.Query && items.Count > 0)
            throw new EcrFormatException($"a {message.Type} takes no items");
        var priced = type == RegisterRequestType.Sale;
        return new RegisterRequest(type, id, order, items.Select((text, i) => ParseItem(text, i + 1, priced)).ToList());
    }

    private static string Single(EcrMessage message, string name) => message.All(name) switch
    {
        [] => throw new EcrFormatException($"{name} is missing"),
        [var value] => value,
        _ => throw new EcrFormatException($"{name} is given more than once"),
    };

    private static RegisterItem ParseItem(string text, int number, bool priced)
    {
        var form = priced ? "NAME|QTY|PRICE" : "NAME|QTY";
        var parts = new List<string>();
        var rest = text;
        for (var i = 0; i < (priced ? 2 : 1); i++)
        {
            var bar = rest.LastIndexOf('|');
            if (bar < 0)
                throw new EcrFormatException($"item {number} is not {form}");
            parts.Insert(0, rest[(bar + 1)..]);
            rest = rest[..bar];
        }
        var quantity = Digits(parts[0], 9, $"item {number}: quantity \"{Cut(parts[0])}\" is not a number");
        var price = priced ? Digits(parts[1], 12, $"item {number}: price \"{Cut(parts[1])}\" is not a number of fen") : (long?)null;
        return new RegisterItem(rest, (int)quantity, price);
    }

    private static long Digits(string text, int maxDigits, string problem) =>
        text.Length is > 0 && text.Length <= maxDigits && text.All(char.IsAsciiDigit)
            ? long.Parse(text, CultureInfo.InvariantCulture)
            : throw new EcrFormatException(problem);

    private static string Cut(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
