using System.Diagnostics;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Parsing.Commands;

namespace LakalaPos.Replay.Running;

/// <summary>
/// Runs one script on a fresh target: the script's profile (if any), boot, then each command in
/// order until one fails. Whatever the target throws fails the script at that line; the runner
/// itself never throws for a target's fault, and always disposes the target.
/// </summary>
public sealed class ScriptRunner(Func<IReplayTarget> targetFactory)
{
    /// <param name="observer">Told after boot and after each command what the terminal shows (tutorials); null for none.</param>
    public ScriptResult Run(ReplayScript script, IScriptObserver? observer = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = RunAndDispose(script, observer);
        return result with { Elapsed = stopwatch.Elapsed };
    }

    private ScriptResult RunAndDispose(ReplayScript script, IScriptObserver? observer)
    {
        var profile = script.Commands.OfType<ProfileCommand>().FirstOrDefault();
        // Boot trouble is reported at the profile line, or else at the first line that never got to run.
        var line = profile?.Line ?? script.Commands.FirstOrDefault()?.Line ?? 1;
        var step = "creating the terminal";
        IReplayTarget? target = null;
        ScriptResult result;
        try
        {
            target = targetFactory();
            var execution = new ScriptExecution(target);
            if (profile is not null)
            {
                step = "profile";
                target.UseProfile(profile.Name);
            }
            step = "boot";
            target.Boot();
            observer?.Booted(target);
            foreach (var command in script.Commands)
            {
                line = command.Line;
                step = command.Keyword;
                execution.Execute(command);
                observer?.Executed(command, target);
            }
            result = ScriptResult.Pass(script.Name);
        }
        catch (ScriptFailure failure)
        {
            result = WithDiagnostics(ScriptResult.Fail(script.Name, line, failure.Message), target);
        }
        catch (Exception e)
        {
            result = WithDiagnostics(ScriptResult.Fail(script.Name, line, $"{step}: {Describe(e)}"), target);
        }
        return Dispose(target, result, line);
    }

    private static ScriptResult Dispose(IReplayTarget? target, ScriptResult result, int line)
    {
        try
        {
            target?.Dispose();
            return result;
        }
        catch (Exception e)
        {
            // A script that passed still fails if its terminal cannot shut down cleanly; an earlier failure says more.
            return result.Passed ? ScriptResult.Fail(result.Name, line, $"shutting the terminal down: {Describe(e)}") : result;
        }
    }

    private static string Describe(Exception e) =>
        e is ReplayCommandException ? e.Message : $"{e.GetType().Name}: {e.Message}";

    private static ScriptResult WithDiagnostics(ScriptResult result, IReplayTarget? target)
    {
        if (target is null)
            return result;
        return result with
        {
            Screen = Safely(() => target.ScreenRows, "screen"),
            RecentLog = Safely(() => target.RecentLog, "log"),
        };
    }

    private static IReadOnlyList<string> Safely(Func<IReadOnlyList<string>> read, string what)
    {
        try
        {
            return read().ToList();
        }
        catch (Exception e)
        {
            return [$"({what} unavailable: {Describe(e)})"];
        }
    }
}
