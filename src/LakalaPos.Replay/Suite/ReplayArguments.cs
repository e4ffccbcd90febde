using LakalaPos.Shared;

namespace LakalaPos.Replay.Suite;

/// <summary>The arguments of <c>replay PATH... [--junit FILE]</c>.</summary>
public sealed record ReplayArguments(IReadOnlyList<string> Paths, string? JUnitPath)
{
    public const string Usage = "replay PATH... [--junit FILE]";

    /// <summary>False with a message naming what is wrong, for the caller to print with <see cref="Usage"/>.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out ReplayArguments parsed, out string? error)
    {
        var paths = new List<string>();
        string? junit = null;
        parsed = new ReplayArguments([], null);
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--junit" || arg.StartsWith("--junit=", StringComparison.Ordinal))
            {
                var value = arg == "--junit" ? (i + 1 < args.Count ? args[++i] : "") : arg["--junit=".Length..];
                if (value.Length == 0)
                    error = "--junit needs a FILE";
                else if (junit is not null)
                    error = "--junit given twice";
                junit = value;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"unknown option {Echo.Cut(arg)}";
            }
            else
            {
                paths.Add(arg);
            }
            if (error is not null)
                return false;
        }
        if (paths.Count == 0)
        {
            error = "no PATH given: name .replay files or folders";
            return false;
        }
        parsed = new ReplayArguments(paths, junit);
        return true;
    }
}
