using System.Globalization;
using LakalaPos.Ecr.Messages;
using LakalaPos.Profiles;
using LakalaPos.Shared;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// The arguments of <c>ecr</c>, the register simulator: where the terminal is (TCP or serial), how
/// long to wait, the request id to use, and the request — sale ORDER "name:qty:price"... (prices
/// in yuan), refund ORDER "name:qty"..., void ORDER, query ORDER.
/// </summary>
public sealed record EcrArguments(
    string? Connect,
    string? Serial,
    int Baud,
    int TimeoutSeconds,
    string? Id,
    RegisterRequestType Type,
    string Order,
    IReadOnlyList<RegisterItem> Items,
    bool Interactive = false)
{
    public const string Usage =
        "ecr --connect HOST:PORT|--serial DEVICE [--baud N] [--timeout SECONDS] [--id ID] [sale ORDER NAME:QTY:PRICE... | refund ORDER NAME:QTY... | void ORDER | query ORDER]";

    public const int DefaultTimeoutSeconds = 180;

    /// <summary>The terminal's TCP address as host and port (when --connect was given).</summary>
    public (string Host, int Port) ConnectAddress
    {
        get
        {
            var colon = Connect!.LastIndexOf(':');
            return (Connect[..colon].Trim('[', ']'), int.Parse(Connect[(colon + 1)..], CultureInfo.InvariantCulture));
        }
    }

    public static bool TryParse(IReadOnlyList<string> args, out EcrArguments parsed, out string? error)
    {
        parsed = new EcrArguments(null, null, EcrProfile.DefaultBaud, DefaultTimeoutSeconds, null, RegisterRequestType.Query, "", []);
        error = null;
        var words = new List<string>();
        for (var i = 0; i < args.Count && error is null; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--connect":
                    var address = Value();
                    parsed = parsed with { Connect = address };
                    error = IsHostPort(address) ? null : $"--connect needs the terminal's HOST:PORT, such as 127.0.0.1:9100{Was(address)}";
                    break;
                case "--serial":
                    parsed = parsed with { Serial = Value() };
                    error = string.IsNullOrEmpty(parsed.Serial) ? "--serial needs the DEVICE the register's cable is on, such as /dev/ttyUSB0" : null;
                    break;
                case "--baud":
                    var baud = Value();
                    error = int.TryParse(baud, NumberStyles.None, CultureInfo.InvariantCulture, out var rate) && SerialPortProfile.StandardBauds.Contains(rate)
                        ? null : $"--baud needs one of {string.Join(", ", SerialPortProfile.StandardBauds)}{Was(baud)}";
                    parsed = parsed with { Baud = rate };
                    break;
                case "--timeout":
                    var seconds = Value();
                    error = int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var timeout) && timeout is >= 1 and <= 3600
                        ? null : $"--timeout needs SECONDS from 1 to 3600 (how long to wait for the answer){Was(seconds)}";
                    parsed = parsed with { TimeoutSeconds = timeout };
                    break;
                case "--id":
                    parsed = parsed with { Id = Value() };
                    error = string.IsNullOrEmpty(parsed.Id) ? "--id needs the request ID to ask again with" : null;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    error = $"unknown option '{Echo.Cut(option)}'";
                    break;
                default:
                    words.Add(args[i]);
                    break;
            }
        }
        if (error is not null)
            return false;
        if ((parsed.Connect is null) == (parsed.Serial is null))
        {
            error = "give the terminal's address: --connect HOST:PORT or --serial DEVICE (one of them)";
            return false;
        }
        if (words.Count == 0)
        {
            // No request: they are read from stdin, one a line.
            parsed = parsed with { Interactive = true };
            return parsed.Id is null ? true : Fail("--id goes with a request; on stdin write it before the request", out error);
        }
        error = ReadRequest(words, ref parsed);
        return error is null;
    }

    /// <summary>A request typed on a line of the interactive mode ([--id ID] ACTION ORDER ITEM..., quotes around items with spaces), on the connection of <paramref name="session"/>.</summary>
    public static bool TryParseLine(string line, EcrArguments session, out EcrArguments parsed, out string? error)
    {
        parsed = session with { Id = null, Interactive = false };
        var words = Words(line);
        if (words.Count >= 2 && words[0] == "--id")
        {
            parsed = parsed with { Id = words[1] };
            words.RemoveRange(0, 2);
        }
        error = ReadRequest(words, ref parsed);
        return error is null;
    }

    /// <summary>Splits a line on spaces; double quotes keep spaces in a word.</summary>
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
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

    private static bool Fail(string problem, out string? error)
    {
        error = problem;
        return false;
    }

    private static string? ReadRequest(List<string> words, ref EcrArguments parsed)
    {
        if (words.Count == 0)
            return "say what to ask: sale, refund, void or query, and the ORDER";
        var type = WireNames.RequestType(words[0].ToUpperInvariant());
        if (type is null)
            return $"'{Echo.Cut(words[0])}' is not sale, refund, void or query";
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
                    return $"'{Echo.Cut(text)}' is not NAME:QTY:PRICE (the price in yuan, such as 可乐:2:3.50)";
                case RegisterRequestType.Refund when RefundItem(text) is { } item:
                    items.Add(item);
                    break;
                case RegisterRequestType.Refund:
                    return $"'{Echo.Cut(text)}' is not NAME:QTY (such as 可乐:1)";
                default:
                    return $"{words[0]} takes the ORDER only, not '{Echo.Cut(text)}'";
            }
        }
        if (type is RegisterRequestType.Sale or RegisterRequestType.Refund && items.Count == 0)
            return $"{words[0]} needs at least one item";
        parsed = parsed with { Type = type.Value, Order = words[1], Items = items };
        return null;
    }

    /// <summary>NAME:QTY:PRICE, split from the right (a name may hold ':'); the price in yuan with up to two decimals.</summary>
    private static RegisterItem? SaleItem(string text)
    {
        var last = text.LastIndexOf(':');
        if (last <= 0 || RefundItem(text[..last]) is not { } item || Fen(text[(last + 1)..]) is not { } price)
            return null;
        return item with { UnitPriceFen = price };
    }

    private static RegisterItem? RefundItem(string text)
    {
        var colon = text.LastIndexOf(':');
        return colon > 0 && int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity)
            ? new RegisterItem(text[..colon], quantity, null)
            : null;
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

    private static bool IsHostPort(string? text)
    {
        var colon = text?.LastIndexOf(':') ?? -1;
        return colon > 0 && int.TryParse(text!.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535;
    }

    private static string Was(string? text) => text is null ? "" : $", was '{Echo.Cut(text)}'";
}
