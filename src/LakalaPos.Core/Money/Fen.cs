using System.Globalization;

namespace LakalaPos.Core.Money;

/// <summary>Amounts are kept in fen (1/100 yuan) as whole numbers, never as floating point.</summary>
public static class Fen
{
    /// <summary>12345 → "123.45"; -1234 → "-12.34".</summary>
    public static string Format(long fen)
    {
        var sign = fen < 0 ? "-" : "";
        var abs = Math.Abs(fen);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 100}.{abs % 100:00}");
    }

    /// <summary>Parses "123.45", "123.4", "123" (yuan) into fen; false for anything else.</summary>
    public static bool TryParseYuan(string text, out long fen)
    {
        fen = 0;
        if (string.IsNullOrEmpty(text))
            return false;
        var parts = text.Split('.');
        if (parts.Length > 2 || parts[0].Length == 0 || !parts[0].All(char.IsAsciiDigit) || parts[0].Length > 10)
            return false;
        var frac = parts.Length == 2 ? parts[1] : "";
        if (frac.Length > 2 || !frac.All(char.IsAsciiDigit))
            return false;
        fen = long.Parse(parts[0], CultureInfo.InvariantCulture) * 100 + (frac.Length == 0 ? 0 : int.Parse(frac.PadRight(2, '0'), CultureInfo.InvariantCulture));
        return true;
    }
}
