namespace LakalaPos.Replay.Running;

/// <summary>
/// How one script ended. A failure names the line and what was expected and what was there,
/// and keeps the screen and the terminal's last log lines for diagnosis.
/// </summary>
public sealed record ScriptResult
{
    public required string Name { get; init; }
    public required bool Passed { get; init; }

    /// <summary>The failing line (1-based); null for a pass, 0 when the script could not be read at all.</summary>
    public int? Line { get; init; }

    /// <summary>What went wrong (one line); null for a pass.</summary>
    public string? Message { get; init; }

    public IReadOnlyList<string> Screen { get; init; } = [];
    public IReadOnlyList<string> RecentLog { get; init; } = [];
    public TimeSpan Elapsed { get; init; }

    /// <summary>"PASS name" or "FAIL name:LINE: message" ("FAIL name: message" when no line is to blame).</summary>
    public string Summary => Passed ? $"PASS {Name}" : Line is > 0 ? $"FAIL {Name}:{Line}: {Message}" : $"FAIL {Name}: {Message}";

    public static ScriptResult Pass(string name) => new() { Name = name, Passed = true };

    public static ScriptResult Fail(string name, int line, string message) =>
        new() { Name = name, Passed = false, Line = line, Message = OneLine(message) };

    /// <summary>A message on one line, so that the report keeps one line per script.</summary>
    private static string OneLine(string message) =>
        string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
