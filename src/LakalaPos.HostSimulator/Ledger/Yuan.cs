using System.Globalization;

namespace LakalaPos.HostSimulator.Ledger;

/// <summary>Amounts in fen as the simulator's operator reads and types them: "123.45" yuan.</summary>
public static class Yuan
{
    public static string Format(long fen) =>
        string.Create(CultureInfo.InvariantCulture, $"{(fen < 0 ? "-" : "")}{Math.Abs(fen) / 100}.{Math.Abs(fen) % 100:00}");

    /// <summary>"50", "50.5", "50.00" → fen; false for anything else (at most 10 digits of yuan, 2 of fen).</summary>
    public static bool TryParse(string text, out long fen)
    {
        fen = 0;
        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        var cents = dot < 0 ? "" : text[(dot + 1)..];
        if (whole.Length is 0 or > 10 || cents.Length > 2 || !whole.All(char.IsAsciiDigit) || !cents.All(char.IsAsciiDigit))
            return false;
        fen = long.Parse(whole, CultureInfo.InvariantCulture) * 100 + (cents.Length == 0 ? 0 : int.Parse(cents.PadRight(2, '0'), CultureInfo.InvariantCulture));
        return true;
    }
}
