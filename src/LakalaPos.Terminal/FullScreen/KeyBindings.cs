using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Cards;

namespace LakalaPos.Terminal.FullScreen;

/// <summary>
/// The full-screen console's keyboard: the terminal's keys (digits, Enter 确认, Esc 取消,
/// Backspace 清除, ↑ ↓, F1–F4, Tab 菜单), the card slot (s, i or t, then the card's number;
/// r, b), the paper (p), the embedded host's rules (o, x, d, n, m, g, a), the receipt panel
/// (PgUp, PgDn, End), help (? or F10) and quitting (q or Ctrl+C). One instance per console: after
/// s, i or t it waits for the card's number.
/// </summary>
public sealed class KeyBindings
{
    /// <summary>The host keys: each sets the embedded simulator's next answer (docs/replay-format.md, host next …).</summary>
    public static readonly IReadOnlyList<(char Key, string Command, string Short)> HostKeys =
    [
        ('x', "next timeout", "none (time-out)"),
        ('d', "next decline 51", "decline 51"),
        ('n', "next drop", "drop the line"),
        ('m', "next bad-mac", "bad MAC"),
        ('g', "next garbage", "garbage"),
        ('a', "next approve", "approve"),
    ];

    private EntryMode? _choosingCard;

    /// <summary>The card slot's prompt while a card's number is awaited, else null.</summary>
    public string? Pending => _choosingCard is { } mode ? CardPrompt(mode) : null;

    public static string CardList => string.Join(' ', TestCards.Names.Select((name, i) => $"{i + 1} {name}"));

    public ConsoleAction? Translate(ConsoleKeyInfo key)
    {
        if (IsCtrlC(key))
            return new ConsoleAction.Quit();
        if (_choosingCard is { } mode)
            return ChooseCard(mode, key);
        switch (key.Key)
        {
            case ConsoleKey.Enter:
                return new ConsoleAction.Press(Key.Enter);
            case ConsoleKey.Escape:
                return new ConsoleAction.Press(Key.Cancel);
            case ConsoleKey.Backspace or ConsoleKey.Delete:
                return new ConsoleAction.Press(Key.Clear);
            case ConsoleKey.UpArrow:
                return new ConsoleAction.Press(Key.Up);
            case ConsoleKey.DownArrow:
                return new ConsoleAction.Press(Key.Down);
            case ConsoleKey.Tab:
                return new ConsoleAction.Press(Key.Menu);
            case >= ConsoleKey.F1 and <= ConsoleKey.F4:
                return new ConsoleAction.Press(Key.F1 + (key.Key - ConsoleKey.F1));
            case ConsoleKey.F10:
                return new ConsoleAction.ToggleHelp();
            case ConsoleKey.PageUp:
                return new ConsoleAction.ScrollPaper(10);
            case ConsoleKey.PageDown:
                return new ConsoleAction.ScrollPaper(-10);
            case ConsoleKey.End:
                return new ConsoleAction.ScrollPaper(int.MinValue);
        }
        if (char.IsAsciiDigit(key.KeyChar))
            return new ConsoleAction.Press(KeyExtensions.FromDigit(key.KeyChar));
        switch (char.ToLowerInvariant(key.KeyChar))
        {
            case '?':
                return new ConsoleAction.ToggleHelp();
            case 'q':
                return new ConsoleAction.Quit();
            case 's':
                return StartChoosing(EntryMode.Swipe);
            case 'i':
                return StartChoosing(EntryMode.Insert);
            case 't':
                return StartChoosing(EntryMode.Tap);
            case 'r':
                return new ConsoleAction.RemoveCard();
            case 'b':
                return new ConsoleAction.BadSwipe();
            case 'p':
                return new ConsoleAction.TogglePaper();
            case 'o':
                return new ConsoleAction.ToggleHost();
        }
        foreach (var (hostKey, command, _) in HostKeys)
        {
            if (char.ToLowerInvariant(key.KeyChar) == hostKey)
                return new ConsoleAction.HostCommand(command);
        }
        return new ConsoleAction.Note($"{Describe(key)}: no use here (? or F10: the keys)");
    }

    private ConsoleAction StartChoosing(EntryMode mode)
    {
        _choosingCard = mode;
        return new ConsoleAction.Note(CardPrompt(mode));
    }

    private ConsoleAction ChooseCard(EntryMode mode, ConsoleKeyInfo key)
    {
        _choosingCard = null;
        var names = TestCards.Names;
        if (char.IsAsciiDigit(key.KeyChar) && key.KeyChar - '1' is var index && index >= 0 && index < names.Count)
            return new ConsoleAction.PresentCard(mode, names[index]);
        return new ConsoleAction.Note("no card presented");
    }

    private static string CardPrompt(EntryMode mode) => $"{Verb(mode)} which card? {CardList} (Esc: none)";

    public static string Verb(EntryMode mode) => mode switch
    {
        EntryMode.Swipe => "swipe",
        EntryMode.Insert => "insert",
        _ => "tap",
    };

    private static bool IsCtrlC(ConsoleKeyInfo key) =>
        key.KeyChar == '\x03' || (key.Key == ConsoleKey.C && key.Modifiers.HasFlag(ConsoleModifiers.Control));

    private static string Describe(ConsoleKeyInfo key) =>
        key.KeyChar is var c && !char.IsControl(c) && c != '\0' ? $"'{c}'" : key.Key.ToString();
}
