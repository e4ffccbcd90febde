using LakalaPos.Replay.Suite;
using LakalaPos.Terminal.Composition;
using LakalaPos.Terminal.Replay;

namespace LakalaPos.Terminal.Cli;

/// <summary><c>lakalapos replay PATH... [--junit FILE]</c>: runs replay scripts, each on a fresh headless terminal.</summary>
public static class ReplayCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (!ReplayArguments.TryParse(args, out var parsed, out var problem))
        {
            error.WriteLine($"lakalapos: {problem}");
            error.WriteLine($"usage: lakalapos {ReplayArguments.Usage}");
            return 2;
        }
        var profiles = ProfileDirectory.Locate();
        return ReplaySuite.Run(parsed.Paths, () => new ReplayTerminal(profiles), output, parsed.JUnitPath);
    }
}
