using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Cards;
using LakalaPos.Devices.Emulator;
using LakalaPos.Devices.Headless;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// Turns a line the operator typed into what the hardware would do: keys ("1 2 3", "123",
/// "ENTER", "MENU 1"; an empty line is ENTER), cards ("swipe debit", "insert credit",
/// "tap debit2", "remove", and "bad-swipe": a card swiped that cannot be read) and the printer's
/// paper ("paper out", "paper in"). A device that is not fed from this console (a serial keypad or
/// card reader: null here) is not typed for; a line for it says so.
/// </summary>
/// <param name="host">The embedded host simulator's commands ("next timeout", "offline"), answered with its reply; null when the host is a separate one.</param>
public sealed class OperatorInput(HeadlessKeypad? keypad, HeadlessCardReader? cardReader, ConsoleReceiptPrinter? printer, Func<string, string>? host = null)
{
    /// <summary>What the reader reports for a bad swipe: a reason for the log, no card data.</summary>
    public const string BadSwipe = "bad swipe: no readable track";

    public const string Help = "keys: digits, ENTER (or an empty line), CANCEL, CLEAR, UP, DOWN, MENU, F1-F4 · cards: swipe|insert|tap NAME, remove, bad-swipe · paper out|in · host next timeout|decline CODE|approve, host offline|online · quit";

    /// <summary>Applies a line; returns a message for the operator when the line could not be understood.</summary>
    public string? Apply(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            if (keypad is null)
                return NotHere;
            keypad.Press(Key.Enter);
            return null;
        }
        switch (words[0].ToLowerInvariant())
        {
            case "swipe" or "insert" or "tap" when words.Length == 2:
                return cardReader is null ? NotHereCard : PresentCard(cardReader, words[0].ToLowerInvariant(), words[1]);
            case "remove":
                if (cardReader is null)
                    return NotHereCard;
                cardReader.Remove();
                return null;
            case "bad-swipe" when words.Length == 1:
                if (cardReader is null)
                    return NotHereCard;
                cardReader.FailRead(BadSwipe);
                return null;
            case "paper" when words.Length == 2 && printer is not null && words[1].ToLowerInvariant() is "in" or "out":
                printer.SetPaper(words[1].Equals("in", StringComparison.OrdinalIgnoreCase));
                return null;
            case "host" when words.Length > 1:
                return host is null ? "the host is a separate one (--host): give it its rules there" : host(string.Join(' ', words[1..]));
            case "help" or "?":
                return Help;
        }
        if (!KeyWords.TryParse(words, out var keys, out var notAKey))
            return $"not understood: {KeyWords.Shown(notAKey!)} ({Help})";
        if (keypad is null)
            return NotHere;
        foreach (var key in keys)
            keypad.Press(key);
        return null;
    }

    private const string NotHere = "the keypad is a serial device in this profile: type on it, not here";
    private const string NotHereCard = "the card reader is a serial device in this profile: swipe the card there, not here";

    private static string? PresentCard(HeadlessCardReader cardReader, string action, string name)
    {
        var mode = action switch { "swipe" => EntryMode.Swipe, "insert" => EntryMode.Insert, _ => EntryMode.Tap };
        try
        {
            cardReader.Present(name, mode);
            return null;
        }
        catch (CardReadException ex)
        {
            return ex.Message;
        }
    }
}
