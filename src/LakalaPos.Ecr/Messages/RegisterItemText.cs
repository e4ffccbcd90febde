using System.Globalization;

namespace LakalaPos.Ecr.Messages;

/// <summary>
/// An item as people type it — <c>NAME:QTY:PRICE</c> for a sale (the unit price in yuan, at most
/// two decimals: <c>可乐:2:3.50</c>), <c>NAME:QTY</c> for a refund — split from the right, so a name
/// may hold a colon. The one reading of it, for the register's command line, the emulator's panel
/// and replay scripts. The terminal's own rules (name length, quantity up to 9999…) are checked
/// where the request arrives, not here.
/// </summary>
public static class RegisterItemText
{
    private const int LongestQuantity = 6;

    /// <summary>The item, or null with <paramref name="problem"/> saying what is wrong ("bad quantity 'x'", "bad price '3.555'", "bad item").</summary>
    public static RegisterItem? Parse(string text, bool priced, out string? problem)
    {
        problem = null;
        var rest = text;
        long? price = null;
        if (priced)
        {
            var last = rest.LastIndexOf(':');
            if (last <= 0)
                return Bad(out problem);
            var yuan = rest[(last + 1)..];
            price = RegisterCommand.Fen(yuan);
            rest = rest[..last];
            if (rest.LastIndexOf(':') <= 0)
                return Bad(out problem);
            if (price is null)
            {
                problem = $"bad price '{Cut(yuan)}'";
                return null;
            }
        }
        var colon = rest.LastIndexOf(':');
        if (colon <= 0)
            return Bad(out problem);
        var quantity = rest[(colon + 1)..];
        if (quantity.Length is 0 or > LongestQuantity || !quantity.All(char.IsAsciiDigit) || int.Parse(quantity, CultureInfo.InvariantCulture) == 0)
        {
            problem = $"bad quantity '{Cut(quantity)}'";
            return null;
        }
        return new RegisterItem(rest[..colon], int.Parse(quantity, CultureInfo.InvariantCulture), price);
    }

    private static string Cut(string part) => part.Length <= 24 ? part : part[..24] + "…";

    private static RegisterItem? Bad(out string? problem)
    {
        problem = "bad item";
        return null;
    }
}
