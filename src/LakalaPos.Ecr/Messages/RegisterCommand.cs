using System.Globalization;
using System.Text;

namespace LakalaPos.Ecr.Messages;

/// <summary>
/// A register's request as a person types it — <c>sale ORDER "name:qty:price"...</c> (prices in
/// yuan), <c>refund ORDER "name:qty"...</c>, <c>void ORDER</c>, <c>query ORDER</c> — the syntax of
/// <c>lakalapos ecr</c> and of the replay's <c>ecr</c> lines. One parser for every place that takes
/// it (the register simulator, the emulator's register panel); the request id is not part of it.
/// </summary>
public sealed record RegisterCommand(RegisterRequestType Type, string Order, IReadOnlyList<RegisterItem> Items)
{
    public const string Syntax = "sale ORDER NAME:QTY:PRICE... | refund ORDER NAME:QTY... | void ORDER | query ORDER";

    private const int Echoed = 64;

    /// <summary>The request with this id.</summary>
    public RegisterRequest ToRequest(string id) => new(Type, id, Order, Items);

    /// <summary>The command as it is typed back: <c>sale A1 "可乐:2:3.50"</c>, every item quoted, prices in yuan.</summary>
    public string Format()
    {
        var text = new StringBuilder(WireNames.Of(Type).ToLowerInvariant()).Append(' ').Append(Quote(Order));
        foreach (var item in Items)
        {
            text.Append(" \"").Append(item.Name).Append(':').Append(item.Quantity.ToString(CultureInfo.InvariantCulture));
            if (item.UnitPriceFen is { } fen)
                text.Append(':').Append(Yuan(fen));
            text.Append('"');
        }
        return text.ToString();
    }

    /// <summary>One line: the words split on spaces, double quotes keeping spaces in a word.</summary>
    public static bool TryParse(string line, out RegisterCommand? command, out string? error) =>
        TryParse(Words(line), out command, out error);

    /// <summary>The words of a command (ACTION ORDER ITEM...); <paramref name="error"/> says what is wrong, for a person.</summary>
    public static bool TryParse(IReadOnlyList<string> words, out RegisterCommand? command, out string? error)
    {
        command = null;
        error = Read(words, ref command);
        return error is null;
    }

    /// <summary>Splits a line on spaces; double quotes keep spaces in a word.</summary>
    public static List<string> Words(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (any)
                    words.Add(word.ToString());
                word.Clear();
                any = false;
            }
            else
            {
                word.Append(c);
                any = true;
            }
        }
        if (any)
            words.Add(word.ToString());
        return words;
    }

    /// <summary>"3.50" → 350; null when it is not yuan with at most two decimals.</summary>
    public static long? Fen(string yuan)
    {
        var dot = yuan.IndexOf('.');
        var whole = dot < 0 ? yuan : yuan[..dot];
        var cents = dot < 0 ? "" : yuan[(dot + 1)..];
        if (whole.Length is 0 or > 10 || !whole.All(char.IsAsciiDigit) || cents.Length > 2 || !cents.All(char.IsAsciiDigit) || (dot >= 0 && cents.Length == 0))
            return null;
        return long.Parse(whole, CultureInfo.InvariantCulture) * 100 + (cents.Length == 0 ? 0 : int.Parse(cents.PadRight(2, '0'), CultureInfo.InvariantCulture));
    }

    /// <summary>350 → "3.50".</summary>
    public static string Yuan(long fen) => string.Create(CultureInfo.InvariantCulture, $"{fen / 100}.{fen % 100:00}");

    private static string? Read(IReadOnlyList<string> words, ref RegisterCommand? command)
    {
        if (words.Count == 0)
            return "say what to ask: sale, refund, void or query, and the ORDER";
        var type = WireNames.RequestType(words[0].ToUpperInvariant());
        if (type is null)
            return $"'{Cut(words[0])}' is not sale, refund, void or query";
        if (words.Count < 2)
            return $"{words[0]} needs the ORDER number";
        var items = new List<RegisterItem>();
        foreach (var text in words.Skip(2))
        {
            switch (type)
            {
                case RegisterRequestType.Sale when SaleItem(text) is { } item:
                    items.Add(item);
                    break;
                case RegisterRequestType.Sale:
                    return $"'{Cut(text)}' is not NAME:QTY:PRICE (the price in yuan, such as 可乐:2:3.50)";
                case RegisterRequestType.Refund when RefundItem(text) is { } item:
                    items.Add(item);
                    break;
                case RegisterRequestType.Refund:
                    return $"'{Cut(text)}' is not NAME:QTY (such as 可乐:1)";
                default:
                    return $"{words[0]} takes the ORDER only, not '{Cut(text)}'";
            }
        }
        if (type is RegisterRequestType.Sale or RegisterRequestType.Refund && items.Count == 0)
            return $"{words[0]} needs at least one item";
        command = new RegisterCommand(type.Value, words[1], items);
        return null;
    }

    private static RegisterItem? SaleItem(string text) => RegisterItemText.Parse(text, priced: true, out _);

    private static RegisterItem? RefundItem(string text) => RegisterItemText.Parse(text, priced: false, out _);

    private static string Quote(string word) => word.Any(char.IsWhiteSpace) ? $"\"{word}\"" : word;

    /// <summary>A word quoted back in an error, cut to a length a person can read.</summary>
    private static string Cut(string text) => text.Length <= Echoed ? text : $"{text[..Echoed]}…({text.Length} characters)";
}
