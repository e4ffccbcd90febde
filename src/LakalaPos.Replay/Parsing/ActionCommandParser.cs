using LakalaPos.Core.Hardware;
using LakalaPos.Replay.Parsing.Commands;
using LakalaPos.Replay.Running;
using LakalaPos.Shared;

namespace LakalaPos.Replay.Parsing;

/// <summary>key, type, login, swipe/insert/tap, bad-swipe, remove, wait, power-cycle and paper lines.</summary>
internal static class ActionCommandParser
{
    private const string KeyNames = "0-9, ENTER, CANCEL, CLEAR, UP, DOWN, MENU, F1-F4";

    public static ScriptCommand? TryParse(string word, IReadOnlyList<RawToken> tokens, int line) => word switch
    {
        "key" => ParseKeys(new CommandArgs("key", "key K...", tokens).AtLeast(1), line),
        "type" => ParseType(new CommandArgs("type", "type DIGITS", tokens).Exactly(1), line),
        "login" => ParseLogin(new CommandArgs("login", "login OP PIN", tokens).Exactly(2), line),
        "swipe" => ParseCard(word, CardAction.Swipe, tokens, line),
        "insert" => ParseCard(word, CardAction.Insert, tokens, line),
        "tap" => ParseCard(word, CardAction.Tap, tokens, line),
        "bad-swipe" => NoArguments(word, tokens, new BadSwipeCommand { Line = line }),
        "remove" => NoArguments(word, tokens, new RemoveCardCommand { Line = line }),
        "wait" => ParseWait(new CommandArgs("wait", "wait DURATION", tokens).Exactly(1), line),
        "power-cycle" => NoArguments(word, tokens, new PowerCycleCommand { Line = line }),
        "paper" => ParsePaper(new CommandArgs("paper", "paper out | paper in", tokens).Exactly(1), line),
        _ => null,
    };

    private static KeyCommand ParseKeys(CommandArgs args, int line)
    {
        var keys = new List<Key>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args.Plain(i);
            if (!KeyExtensions.TryParse(name, out var key))
                throw args.Wrong(name.Length > 1 && name.All(char.IsAsciiDigit)
                    ? $"has no key '{Echo.Cut(name)}': one digit per key, or use 'type {Echo.Cut(name)}'"
                    : $"has no key '{Echo.Cut(name)}' (keys: {KeyNames})");
            keys.Add(key);
        }
        return new KeyCommand(keys) { Line = line };
    }

    private static TypeCommand ParseType(CommandArgs args, int line)
    {
        var digits = args[0].ToTemplate();
        if (digits.LiteralText is { } literal && !IsDigits(literal))
            throw args.Wrong($"needs digits only, got '{Echo.Cut(literal)}'");
        return new TypeCommand(digits) { Line = line };
    }

    private static LoginCommand ParseLogin(CommandArgs args, int line)
    {
        var op = args.Plain(0);
        var pin = args.Plain(1);
        if (!IsDigits(op))
            throw args.Wrong($"needs an operator number in digits, got '{Echo.Cut(op)}'");
        if (!IsDigits(pin))
            throw args.Wrong("needs a password in digits");
        return new LoginCommand(op, pin) { Line = line };
    }

    private static CardCommand ParseCard(string word, CardAction action, IReadOnlyList<RawToken> tokens, int line)
    {
        var args = new CommandArgs(word, word + " CARD", tokens).Exactly(1);
        var card = args.Plain(0);
        if (card.Length == 0)
            throw args.Wrong("needs a card name");
        return new CardCommand(card, action) { Line = line };
    }

    private static WaitCommand ParseWait(CommandArgs args, int line)
    {
        var text = args.Plain(0);
        if (!DurationParser.TryParse(text, out var duration))
            throw args.Wrong($"has a bad duration '{Echo.Cut(text)}' (a whole number with ms, s, m, h or d, e.g. 500ms, 30s, 5m, 1h, 2d)");
        return new WaitCommand(duration) { Line = line };
    }

    private static PaperCommand ParsePaper(CommandArgs args, int line) => args.Plain(0) switch
    {
        "out" => new PaperCommand(false) { Line = line },
        "in" => new PaperCommand(true) { Line = line },
        var other => throw args.Wrong($"has no setting '{Echo.Cut(other)}'"),
    };

    private static ScriptCommand NoArguments(string word, IReadOnlyList<RawToken> tokens, ScriptCommand command)
    {
        new CommandArgs(word, word, tokens).Exactly(0);
        return command;
    }

    internal static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
