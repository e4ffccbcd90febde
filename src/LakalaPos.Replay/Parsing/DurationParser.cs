using System.Globalization;

namespace LakalaPos.Replay.Parsing;

/// <summary>Durations of <c>wait</c>: a whole number and a unit, ms, s, m, h or d (500ms, 30s, 5m, 1h, 2d).</summary>
public static class DurationParser
{
    private static readonly (string Unit, long Milliseconds)[] Units =
        [("ms", 1), ("s", 1_000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000)];

    /// <summary>No script needs to wait a century; the cap keeps the arithmetic far from overflow.</summary>
    private const long MaxMilliseconds = 36_600L * 86_400_000;

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        // "ms" is tried before "m"/"s" so that 500ms is not read as 500m followed by junk.
        foreach (var (unit, milliseconds) in Units.OrderByDescending(u => u.Unit.Length))
        {
            if (!text.EndsWith(unit, StringComparison.Ordinal))
                continue;
            var number = text[..^unit.Length];
            if (number.Length is 0 or > 9 || !number.All(char.IsAsciiDigit))
                return false;
            var total = long.Parse(number, CultureInfo.InvariantCulture) * milliseconds;
            if (total > MaxMilliseconds)
                return false;
            duration = TimeSpan.FromMilliseconds(total);
            return true;
        }
        return false;
    }
}
