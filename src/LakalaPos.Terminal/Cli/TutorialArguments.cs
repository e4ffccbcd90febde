using LakalaPos.Shared;

namespace LakalaPos.Terminal.Cli;

/// <summary>The arguments of <c>tutorial PATH... --out DIR</c>.</summary>
public sealed record TutorialArguments(IReadOnlyList<string> Paths, string OutDirectory)
{
    public const string Usage = "tutorial PATH... --out DIR";

    public static bool TryParse(IReadOnlyList<string> args, out TutorialArguments parsed, out string? error)
    {
        var paths = new List<string>();
        string? output = null;
        parsed = new TutorialArguments([], "");
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--out")
            {
                output = i + 1 < args.Count ? args[++i] : null;
                if (string.IsNullOrEmpty(output))
                    error = "--out needs a DIR";
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"unknown option '{Echo.Cut(args[i])}'";
            }
            else
            {
                paths.Add(args[i]);
            }
            if (error is not null)
                return false;
        }
        if (paths.Count == 0)
            error = "no PATH given: name .replay files or folders";
        else if (output is null)
            error = "--out DIR is needed: where the Markdown and pictures go";
        if (error is not null)
            return false;
        parsed = new TutorialArguments(paths, output!);
        return true;
    }
}
