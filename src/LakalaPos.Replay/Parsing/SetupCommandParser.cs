using System.Globalization;
using LakalaPos.Core.Money;
using LakalaPos.Replay.Parsing.Commands;
using LakalaPos.Shared;

namespace LakalaPos.Replay.Parsing;

/// <summary>profile, clock, param and host lines.</summary>
internal static class SetupCommandParser
{
    /// <summary>Host rules and how many arguments each takes.</summary>
    private static readonly Dictionary<string, int> HostRules = new(StringComparer.Ordinal)
    {
        ["approve"] = 0, ["decline"] = 1, ["timeout"] = 0, ["drop"] = 0, ["bad-mac"] = 0, ["garbage"] = 0,
    };

    /// <summary>Rules whose answer may carry a text in field 63: <c>RULE [ARG] text TEXT</c>.</summary>
    private static readonly HashSet<string> RulesWithText = new(StringComparer.Ordinal) { "approve", "decline", "bad-mac" };

    private const string TextOption = "text";

    public static ScriptCommand? TryParse(string word, IReadOnlyList<RawToken> tokens, int line) => word switch
    {
        "profile" => new ProfileCommand(Args("profile", "profile NAME", tokens).Exactly(1).Plain(0)) { Line = line },
        "clock" => ParseClock(Args("clock", "clock YYYY-MM-DD hh:mm:ss", tokens).Exactly(2), line),
        "param" => ParseParam(Args("param", "param NAME VALUE", tokens).Exactly(2), line),
        "host" => ParseHost(tokens, line),
        _ => null,
    };

    private static CommandArgs Args(string keyword, string usage, IReadOnlyList<RawToken> tokens) => new(keyword, usage, tokens);

    private static ClockCommand ParseClock(CommandArgs args, int line)
    {
        var text = args.Plain(0) + " " + args.Plain(1);
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            throw args.Wrong($"needs a real date and time, got '{Echo.Cut(text)}'");
        var time = ReplayClock.InRange(local)
            ?? throw args.Wrong($"needs a date from {ReplayClock.Show(ReplayClock.Earliest)} to {ReplayClock.Show(ReplayClock.Latest)}, got '{Echo.Cut(text)}'");
        return new ClockCommand(time) { Line = line };
    }

    private static ParamCommand ParseParam(CommandArgs args, int line)
    {
        var name = args.Plain(0);
        if (name.Length == 0)
            throw args.Wrong("needs a parameter name");
        return new ParamCommand(name, args.Plain(1)) { Line = line };
    }

    private static ScriptCommand ParseHost(IReadOnlyList<RawToken> tokens, int line)
    {
        const string usage = "host next RULE | host offline | host online | host refundDays N | host merchantBalance AMOUNT";
        if (tokens.Count == 0)
            throw new ScriptSyntaxException($"host needs a setting (usage: {usage})");
        var setting = tokens[0].Text;
        var rest = tokens.Skip(1).ToList();
        switch (setting)
        {
            case "next":
                return ParseHostRule(new CommandArgs("host next", "host next RULE [ARG] [text TEXT]", rest).AtLeast(1), line);
            case "offline" or "online":
                new CommandArgs("host " + setting, "host " + setting, rest).Exactly(0);
                return new HostOnlineCommand(setting == "online") { Line = line };
            case "refundDays":
                var daysArgs = new CommandArgs("host refundDays", "host refundDays N", rest).Exactly(1);
                var days = daysArgs.Plain(0);
                if (days.Length is 0 or > 5 || !days.All(char.IsAsciiDigit))
                    throw daysArgs.Wrong($"needs a whole number of days, got '{Echo.Cut(days)}'");
                return new HostRefundDaysCommand(int.Parse(days, CultureInfo.InvariantCulture)) { Line = line };
            case "merchantBalance":
                var balanceArgs = new CommandArgs("host merchantBalance", "host merchantBalance AMOUNT", rest).Exactly(1);
                var amount = balanceArgs.Plain(0);
                if (!Fen.TryParseYuan(amount, out var fen))
                    throw balanceArgs.Wrong($"needs an amount in yuan such as 5000.00, got '{Echo.Cut(amount)}'");
                return new HostMerchantBalanceCommand(fen) { Line = line };
            default:
                throw new ScriptSyntaxException($"unknown host setting '{Echo.Cut(setting)}' (usage: {usage})");
        }
    }

    private static HostRuleCommand ParseHostRule(CommandArgs args, int line)
    {
        var rule = args.Plain(0);
        if (!HostRules.TryGetValue(rule, out var argumentCount))
            throw args.Wrong($"has no rule '{Echo.Cut(rule)}' (rules: {string.Join(", ", HostRules.Keys)})");
        var textAt = Enumerable.Range(1, args.Count - 1).FirstOrDefault(i => args[i].Text == TextOption);
        var given = (textAt > 0 ? textAt : args.Count) - 1;
        if (given != argumentCount)
            throw args.Wrong(argumentCount == 0
                ? $"rule '{rule}' takes no arguments"
                : $"rule '{rule}' takes {argumentCount} argument, got {given}");
        var arguments = Enumerable.Range(1, argumentCount).Select(args.Plain).ToList();
        if (rule == "decline" && !IsResponseCode(arguments[0]))
            throw args.Wrong($"decline needs a 2-character response code such as 51, got '{Echo.Cut(arguments[0])}'");
        if (textAt > 0)
            arguments.AddRange([TextOption, HostText(args, rule, textAt)]);
        return new HostRuleCommand(rule, arguments) { Line = line };
    }

    /// <summary>The TEXT after <c>text</c>: one argument (quoted when it holds spaces), not empty.</summary>
    private static string HostText(CommandArgs args, string rule, int textAt)
    {
        if (!RulesWithText.Contains(rule))
            throw args.Wrong($"rule '{rule}' sends no answer, so it takes no text (text goes with approve, decline CODE and bad-mac)");
        if (args.Count - textAt != 2)
            throw args.Wrong($"text takes one TEXT, got {args.Count - textAt - 1} arguments; put text with spaces in quotes");
        var text = args.Plain(textAt + 1);
        if (string.IsNullOrWhiteSpace(text))
            throw args.Wrong("text needs a non-empty TEXT");
        return text;
    }

    private static bool IsResponseCode(string code) =>
        code.Length == 2 && code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
}
