using LakalaPos.Shared;

namespace LakalaPos.Profiles;

/// <summary>
/// A profile that cannot be used. The message is one line: the file, the key path when there is
/// one, and what is wrong, e.g. "hardware-profiles/test.json: printer.columns: must be 32 or 48, was 40".
/// It never holds a key's value.
/// </summary>
public sealed class HardwareProfileException : Exception
{
    public HardwareProfileException(string filePath, string? keyPath, string reason, Exception? inner = null)
        : base(Compose(filePath, keyPath, reason), inner)
    {
        FilePath = filePath;
        KeyPath = keyPath;
        Reason = reason;
    }

    public string FilePath { get; }

    /// <summary>Dotted path of the offending key (e.g. "printer.columns"), or null for the file as a whole.</summary>
    public string? KeyPath { get; }

    public string Reason { get; }

    private static string Compose(string filePath, string? keyPath, string reason)
    {
        // The path may come from input too (a profile name, a key file named in a profile): it is cut like any echo.
        var file = Echo.Cut(filePath, Echo.MaxPathCharacters);
        var line = keyPath is null ? $"{file}: {reason}" : $"{file}: {keyPath}: {reason}";
        return line.ReplaceLineEndings(" ");
    }
}
