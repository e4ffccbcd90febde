using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Running;
using LakalaPos.Shared;

namespace LakalaPos.Replay.Suite;

/// <summary>Runs every script named by the paths, reports each, and tells the caller whether all passed.</summary>
public static class ReplaySuite
{
    public const int ExitPassed = 0;
    public const int ExitFailed = 1;

    /// <summary>
    /// Exit code 0 only when at least one script ran and every one passed. The last line written is
    /// always exactly "N passed, M failed".
    /// </summary>
    public static int Run(IEnumerable<string> paths, Func<IReplayTarget> factory, TextWriter output, string? junitPath)
    {
        var pathList = paths.ToList();
        var runner = new ScriptRunner(factory);
        var results = new List<ScriptResult>();
        foreach (var source in ScriptDiscovery.Find(pathList))
        {
            var result = RunOne(source, runner);
            SuiteReport.WriteResult(output, result);
            results.Add(result);
        }

        var ok = results.Count > 0 && results.All(r => r.Passed);
        if (results.Count == 0)
            output.WriteLine($"no replay scripts found in: {string.Join(", ", pathList.Select(p => Echo.Cut(p, Echo.MaxPathCharacters)))}");
        if (junitPath is not null && !TryWriteJUnit(junitPath, results, output))
            ok = false;
        output.WriteLine(SuiteReport.SummaryLine(results.Count(r => r.Passed), results.Count(r => !r.Passed)));
        return ok ? ExitPassed : ExitFailed;
    }

    private static ScriptResult RunOne(ScriptSource source, ScriptRunner runner)
    {
        if (source.File is null)
            return ScriptResult.Fail(source.Name, 0, "no such file or folder");
        string text;
        try
        {
            text = File.ReadAllText(source.File);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ScriptResult.Fail(source.Name, 0, $"cannot read the script: {Echo.Cut(e.Message, Echo.MaxPathCharacters)}");
        }
        try
        {
            return runner.Run(ScriptParser.Parse(source.Name, text));
        }
        catch (ReplayParseException e)
        {
            return ScriptResult.Fail(source.Name, e.Line, "syntax error: " + e.Problem);
        }
        catch (Exception e)
        {
            // The runner catches what targets throw; this is only a last guard so one script cannot end the suite.
            return ScriptResult.Fail(source.Name, 0, $"internal error in the replay runner: {e.GetType().Name}: {e.Message}");
        }
    }

    private static bool TryWriteJUnit(string path, IReadOnlyList<ScriptResult> results, TextWriter output)
    {
        try
        {
            JUnitReport.Write(path, results);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            output.WriteLine($"cannot write the JUnit report {path}: {e.Message}");
            return false;
        }
    }
}
