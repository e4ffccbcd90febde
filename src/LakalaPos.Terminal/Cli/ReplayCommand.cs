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
            return CommandLine.BadArguments(error, problem, ReplayArguments.Usage);
        var profiles = ProfileDirectory.Locate();
        return ReplaySuite.Run(parsed.Paths, () => new ReplayTerminal(profiles), output, parsed.JUnitPath);
    }
}
