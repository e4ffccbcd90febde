namespace LakalaPos.Terminal.Cli;

/// <summary>
/// The arguments of <c>journal ACTION [--data DIR] [--profile NAME] [--profiles DIR] [--out FILE] [--help]</c>.
/// The data folder defaults to the profile's, as for <c>run</c>.
/// </summary>
public sealed record JournalArguments(string Action, string? DataDirectory, string Profile, string? ProfilesDirectory, string? Out, bool Help)
{
    public static readonly string[] Actions = ["check", "backup", "recover-counters"];

    public static bool TryParse(IReadOnlyList<string> args, out JournalArguments parsed, out string? error)
    {
        parsed = new JournalArguments(args.Count > 0 ? args[0] : "", null, "emulator", null, null, false);
        error = null;
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            parsed = parsed with { Help = true };
            return true;
        }
        if (!Actions.Contains(args[0]))
        {
            error = $"unknown journal action '{args[0]}'";
            return false;
        }
        for (var i = 1; i < args.Count && error is null; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--data":
                    parsed = parsed with { DataDirectory = Value() };
                    error = parsed.DataDirectory is null ? "--data needs a DIR" : null;
                    break;
                case "--profile":
                    parsed = parsed with { Profile = Value() ?? "" };
                    error = parsed.Profile.Length == 0 ? "--profile needs a NAME" : null;
                    break;
                case "--profiles":
                    parsed = parsed with { ProfilesDirectory = Value() };
                    error = parsed.ProfilesDirectory is null ? "--profiles needs a DIR" : null;
                    break;
                case "--out" when parsed.Action == "backup":
                    parsed = parsed with { Out = Value() };
                    error = parsed.Out is null ? "--out needs a FILE" : null;
                    break;
                case "--help" or "-h":
                    parsed = parsed with { Help = true };
                    break;
                default:
                    error = $"unknown option '{args[i]}' for journal {parsed.Action}";
                    break;
            }
        }
        if (error is null && parsed is { Action: "backup", Out: null, Help: false })
            error = "journal backup needs --out FILE";
        return error is null;
    }
}
