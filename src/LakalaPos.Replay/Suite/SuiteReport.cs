using LakalaPos.Replay.Running;

namespace LakalaPos.Replay.Suite;

/// <summary>The console form of results: one line per script, diagnosis under a failure, the summary last.</summary>
public static class SuiteReport
{
    /// <summary>The FAIL line, then the screen and the log, indented.</summary>
    public static IEnumerable<string> FailureLines(ScriptResult result)
    {
        yield return result.Summary;
        if (result.Screen.Count > 0)
        {
            yield return "  screen:";
            foreach (var row in result.Screen)
                yield return "    |" + row + "|";
        }
        if (result.RecentLog.Count > 0)
        {
            yield return "  log:";
            foreach (var line in result.RecentLog)
                yield return "    " + line;
        }
    }

    public static void WriteResult(TextWriter output, ScriptResult result)
    {
        if (result.Passed)
        {
            output.WriteLine(result.Summary);
            return;
        }
        foreach (var line in FailureLines(result))
            output.WriteLine(line);
    }

    public static string SummaryLine(int passed, int failed) => $"{passed} passed, {failed} failed";
}
