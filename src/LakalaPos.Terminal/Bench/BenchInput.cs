using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Cards;

namespace LakalaPos.Terminal.Bench;

/// <summary>
/// A line typed at `lakalapos devices`: keys for the console or keypad board (digits, ENTER or an
/// empty line, CANCEL, CLEAR, UP, DOWN, MENU, F1–F4; case ignored), <c>swipe NAME</c> for the card
/// reader, <c>cards</c>, <c>help</c>; <c>quit</c> is the caller's.
/// </summary>
internal sealed class BenchInput(BenchDevices devices)
{
    public static readonly string Help =
        $"keys: digits, enter (or an empty line), cancel, clear, up, down, menu, f1-f4 · swipe {string.Join("|", TestCards.Names)} · cards · quit";

    /// <summary>Does what the line says; returns a message for whoever typed it, or null.</summary>
    public string? Apply(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
            return Press([Key.Enter]);
        switch (words[0].ToLowerInvariant())
        {
            case "swipe" when words.Length == 2:
                if (devices.Reader is not { } reader)
                    return "this profile has no serial card reader";
                try
                {
                    reader.Swipe(words[1]);
                    return null;
                }
                catch (CardReadException ex)
                {
                    return ex.Message;
                }
            case "cards":
                return string.Join(", ", TestCards.All.Select(card => card.ToString()));
            case "help" or "?":
                return Help;
        }
        return Cli.KeyWords.TryParse(words, out var keys, out var notAKey)
            ? Press(keys)
            : $"not understood: {Cli.KeyWords.Shown(notAKey!)} ({Help})";
    }

    private string? Press(IEnumerable<Key> keys)
    {
        if (devices.Keys is not { } console)
            return "this profile has no serial keypad";
        foreach (var key in keys)
            console.Press(key);
        return null;
    }
}
