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
        var words = RegisterCommand.Words(line);
        if (words.Count >= 2 && words[0] == "--id")
        {
            parsed = parsed with { Id = words[1] };
            words.RemoveRange(0, 2);
        }
        error = ReadRequest(words, ref parsed);
        return error is null;
    }

    private static bool Fail(string problem, out string? error)
    {
        error = problem;
        return false;
    }

    /// <summary>The request's words (ACTION ORDER ITEM...), read by the one parser every register shares (<see cref="RegisterCommand"/>).</summary>
    private static string? ReadRequest(List<string> words, ref EcrArguments parsed)
    {
        if (!RegisterCommand.TryParse(words, out var command, out var error))
            return error;
        parsed = parsed with { Type = command!.Type, Order = command.Order, Items = command.Items };
        return null;
    }

    /// <summary>"3.50" → 350; null when it is not yuan with at most two decimals.</summary>
    public static long? Fen(string yuan) => RegisterCommand.Fen(yuan);

    private static bool IsHostPort(string? text)
    {
        var colon = text?.LastIndexOf(':') ?? -1;
        return colon > 0 && int.TryParse(text!.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535;
    }

    private static string Was(string? text) => text is null ? "" : $", was '{Echo.Cut(text)}'";
}
