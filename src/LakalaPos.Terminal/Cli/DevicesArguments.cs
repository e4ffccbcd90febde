namespace LakalaPos.Terminal.Cli;

/// <summary>The arguments of <c>devices [--profile NAME] [--profiles DIR] [--out DIR]</c>.</summary>
public sealed record DevicesArguments(string Profile, string? ProfilesDirectory, string? OutDirectory)
{
    public const string Usage = "devices [--profile NAME] [--profiles DIR] [--out DIR]";

    public static bool TryParse(IReadOnlyList<string> args, out DevicesArguments parsed, out string? error)
    {
        parsed = new DevicesArguments("devkit-58mm", null, null);
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--profile":
                    parsed = parsed with { Profile = Value() ?? "" };
                    error = parsed.Profile.Length == 0 ? "--profile needs a NAME" : null;
                    break;
                case "--profiles":
                    parsed = parsed with { ProfilesDirectory = Value() };
                    error = parsed.ProfilesDirectory is null ? "--profiles needs a DIR" : null;
                    break;
                case "--out":
                    parsed = parsed with { OutDirectory = Value() };
                    error = parsed.OutDirectory is null ? "--out needs a DIR" : null;
                    break;
                default:
                    error = $"unknown option '{LakalaPos.Shared.Echo.Cut(args[i])}'";
                    break;
            }
            if (error is not null)
                return false;
        }
        return true;
    }
}
