using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Running;
using LakalaPos.Replay.Suite;
using LakalaPos.Replay.Tutorials;
using LakalaPos.Shared;
using LakalaPos.Terminal.Composition;
using LakalaPos.Terminal.Replay;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// <c>lakalapos tutorial PATH... --out DIR</c>: runs each replay script on a headless terminal, as
/// <c>replay</c> does, and writes it as an operator's step-by-step guide (Markdown, a picture of the
/// screen after each step, the receipts as printed) with an index. A script that does not pass
/// writes no guide: a tutorial never shows what the terminal does not do.
/// </summary>
public static class TutorialCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (!TutorialArguments.TryParse(args, out var parsed, out var problem))
            return CommandLine.BadArguments(error, problem, TutorialArguments.Usage);
        var profiles = ProfileDirectory.Locate();
        var runner = new ScriptRunner(() => new ReplayTerminal(profiles));
        Directory.CreateDirectory(parsed.OutDirectory);
        var written = new List<(string Name, string Title)>();
        var failed = 0;
        foreach (var source in ScriptDiscovery.Find(parsed.Paths))
        {
            if (Write(source, runner, parsed.OutDirectory, output, error) is { } tutorial)
                written.Add(tutorial);
            else
                failed++;
        }
        if (written.Count > 0)
            TutorialWriter.WriteIndex(parsed.OutDirectory, written);
        output.WriteLine($"{written.Count} tutorials written to {Echo.Cut(parsed.OutDirectory, Echo.MaxPathCharacters)}, {failed} failed");
        return failed == 0 && written.Count > 0 ? 0 : 1;
    }

    private static (string Name, string Title)? Write(ScriptSource source, ScriptRunner runner, string directory, TextWriter output, TextWriter error)
    {
        if (source.File is null)
        {
            error.WriteLine($"lakalapos: {Echo.Cut(source.Name, Echo.MaxPathCharacters)}: no such file or folder");
            return null;
        }
        var name = Path.GetFileNameWithoutExtension(source.File);
        try
        {
            var text = File.ReadAllText(source.File);
            var narration = new ScriptNarration(text);
            var recorder = new TutorialRecorder(narration);
            var result = runner.Run(ScriptParser.Parse(source.Name, text), recorder);
            if (!result.Passed)
            {
                error.WriteLine($"lakalapos: {result.Summary}; no tutorial written");
                return null;
            }
            var path = TutorialWriter.Write(directory, name, narration, recorder);
            output.WriteLine($"{source.Name} -> {path}");
            return (name, narration.Header.FirstOrDefault() is { Length: > 0 } title ? title : name);
        }
        catch (ReplayParseException e)
        {
            error.WriteLine($"lakalapos: {source.Name}: line {e.Line}: syntax error: {e.Problem}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"lakalapos: {source.Name}: {e.Message}");
        }
        return null;
    }
}
