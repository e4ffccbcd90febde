using System.Diagnostics;
using LakalaPos.Replay.Suite;
using LakalaPos.Terminal.Replay;

namespace LakalaPos.Terminal.Performance;

/// <summary>Replay scripts run in this process, timed: the whole suite, and one script again and again (warm).</summary>
public static class ReplayTiming
{
    /// <summary>The script of a sale and its void (tests/scripts/void).</summary>
    public const string SaleThenVoidScript = "void/void-approved.replay";

    public const string ScriptsFolder = "tests/scripts";

    /// <summary>The time of each run of every script under <paramref name="paths"/>; throws when a script fails (a failing run is no figure).</summary>
    public static IReadOnlyList<double> Milliseconds(IReadOnlyList<string> paths, string profiles, int runs)
    {
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var exit = ReplaySuite.Run(paths, () => new ReplayTerminal(profiles), TextWriter.Null, junitPath: null);
            clock.Stop();
            if (exit != ReplaySuite.ExitPassed)
                throw new InvalidOperationException($"replay of {string.Join(", ", paths)} did not pass; `lakalapos replay` says why");
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    /// <summary>tests/scripts in the nearest parent of the program's folder or the working directory.</summary>
    public static string? LocateScripts()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, ScriptsFolder);
                if (Directory.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}
