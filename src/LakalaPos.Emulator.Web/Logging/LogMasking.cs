using System.Text.RegularExpressions;
using LakalaPos.Core.Security;

namespace LakalaPos.Emulator.Web.Logging;

/// <summary>
/// A second guard for text that leaves the terminal for a page: the code never logs a card number,
/// track data or a key, but should a line ever carry one, the page gets it masked — a run of 12 to
/// 19 digits as a masked card number (track data after it dropped), a run of 16 or more hex digits as stars.
/// </summary>
public static partial class LogMasking
{
    public static string Mask(string line)
    {
        var masked = CardNumber().Replace(line, match => PanMask.Mask(match.Groups["pan"].Value) + (match.Groups["track"].Success ? "=…" : ""));
        return HexRun().Replace(masked, "****");
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?<pan>\d{12,19})(?<track>=\d*)?(?![0-9])")]
    private static partial Regex CardNumber();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9A-Fa-f]{16,}(?![0-9A-Za-z])")]
    private static partial Regex HexRun();
}
