namespace LakalaPos.Core.Hardware;

/// <summary>The keys of a POS keypad (spec section 2).</summary>
public enum Key
{
    D0, D1, D2, D3, D4, D5, D6, D7, D8, D9,
    Enter, Cancel, Clear, Up, Down, Menu, F1, F2, F3, F4,
}

public static class KeyExtensions
{
    public static bool IsDigit(this Key key) => key <= Key.D9;

    public static char ToDigit(this Key key) =>
        key.IsDigit() ? (char)('0' + (int)key) : throw new ArgumentOutOfRangeException(nameof(key), key, "not a digit key");

    public static Key FromDigit(char digit) =>
        digit is >= '0' and <= '9' ? (Key)(digit - '0') : throw new ArgumentOutOfRangeException(nameof(digit), digit, "not a digit");

    /// <summary>Parses the key names of the replay format and of serial keypads: 0-9, ENTER, CANCEL, CLEAR, UP, DOWN, MENU, F1-F4.</summary>
    public static bool TryParse(string text, out Key key)
    {
        key = default;
        if (text.Length == 1 && char.IsAsciiDigit(text[0]))
        {
            key = FromDigit(text[0]);
            return true;
        }
        switch (text.ToUpperInvariant())
        {
            case "ENTER": key = Key.Enter; return true;
            case "CANCEL": key = Key.Cancel; return true;
            case "CLEAR": key = Key.Clear; return true;
            case "UP": key = Key.Up; return true;
            case "DOWN": key = Key.Down; return true;
            case "MENU": key = Key.Menu; return true;
            case "F1": key = Key.F1; return true;
            case "F2": key = Key.F2; return true;
            case "F3": key = Key.F3; return true;
            case "F4": key = Key.F4; return true;
            default: return false;
        }
    }

    public static string Name(this Key key) => key.IsDigit() ? key.ToDigit().ToString() : key.ToString().ToUpperInvariant();
}
