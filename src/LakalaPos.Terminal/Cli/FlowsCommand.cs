using LakalaPos.Core.Flows.Declared;
using LakalaPos.Shared;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// <c>lakalapos flows [--out FILE]</c>: the Markdown page of every flow's and menu's state diagram
/// (Mermaid), drawn from the declarations the terminal runs — docs/flows.md is this command's output.
/// </summary>
public static class FlowsCommand
{
    public const string Usage = "flows [--out FILE]";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string? outFile = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Count)
                outFile = args[++i];
            else
                return CommandLine.BadArguments(error, $"unknown option '{Echo.Cut(args[i])}'", Usage);
        }
        var markdown = FlowDiagrams.Markdown(FlowCatalog.All);
        if (outFile is null)
        {
            output.Write(markdown);
            return 0;
        }
        File.WriteAllText(outFile, markdown);
        output.WriteLine($"{FlowCatalog.All.Count} flows drawn in {Echo.Cut(outFile, Echo.MaxPathCharacters)}");
        return 0;
    }
}
