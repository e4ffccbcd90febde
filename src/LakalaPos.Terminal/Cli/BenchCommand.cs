using System.Runtime.CompilerServices;
using LakalaPos.Shared;
using LakalaPos.Terminal.Composition;
using LakalaPos.Terminal.Performance;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// <c>lakalapos bench [--native PATH] [--runs N] [--scripts DIR]</c>: the whole-process figures of
/// docs/performance.md — boot to the first screen and to the sign-in prompt and the memory then, of
/// this program and of the native binary, and the replay suite in this process — as a table of medians.
/// The micro-benchmarks are src/LakalaPos.Benchmarks (BenchmarkDotNet).
/// </summary>
public static class BenchCommand
{
    /// <summary>The boot screen stays up this long (TerminalOptions.BootDuration) before the sign-in prompt.</summary>
    private static readonly TimeSpan BootScreenTime = TimeSpan.FromSeconds(1);

    private const int SuiteRuns = 3;
    private const int WarmRuns = 10;
    private const int WarmRunsCounted = 5;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (!BenchArguments.TryParse(args, out var parsed, out var problem))
            return CommandLine.BadArguments(error, problem, BenchArguments.Usage);
        if (parsed.NativePath is { } native && !File.Exists(native))
            return CommandLine.BadArguments(error, $"no native binary at '{Echo.Cut(native, Echo.MaxPathCharacters)}'", BenchArguments.Usage);
        var scripts = parsed.ScriptsDirectory ?? ReplayTiming.LocateScripts();
        if (scripts is null || !Directory.Exists(scripts))
            return CommandLine.BadArguments(error, $"{ReplayTiming.ScriptsFolder}/ not found above the working directory; pass --scripts DIR", BenchArguments.Usage);

        var figures = new List<BenchFigure>();
        var self = SelfCommand();
        output.WriteLine($"lakalapos bench: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSArchitecture}, {parsed.Runs} boots per program, medians");
        figures.AddRange(Boots(ThisRuntime, self, parsed.Runs, output));
        if (parsed.NativePath is { } nativePath)
            figures.AddRange(Boots("native", [Path.GetFullPath(nativePath)], parsed.Runs, output));

        var profiles = ProfileDirectory.Locate();
        output.WriteLine($"replay: {Echo.Cut(scripts, Echo.MaxPathCharacters)} in this process ({ThisRuntime})...");
        var suite = ReplayTiming.Milliseconds([scripts], profiles, SuiteRuns);
        figures.Add(new BenchFigure($"replay suite, all scripts ({ThisRuntime})", Median.Of([.. suite]), "ms", SuiteRuns));
        var saleThenVoid = Path.Combine(scripts, ReplayTiming.SaleThenVoidScript);
        if (File.Exists(saleThenVoid))
        {
            var warm = ReplayTiming.Milliseconds([saleThenVoid], profiles, WarmRuns).Skip(WarmRuns - WarmRunsCounted).ToList();
            figures.Add(new BenchFigure($"sale-then-void script, warm ({ThisRuntime})", Median.Of(warm), "ms", WarmRunsCounted, "< 10 ms"));
        }

        output.WriteLine();
        output.Write(BenchTable.Format(figures));
        return 0;
    }

    /// <summary>JIT, or native when this program is the NativeAOT binary.</summary>
    public static string ThisRuntime => RuntimeFeature.IsDynamicCodeSupported ? "JIT" : "native";

    /// <summary>The three figures of <paramref name="runs"/> boots of one program.</summary>
    public static IReadOnlyList<BenchFigure> Figures(string label, IReadOnlyList<BootTiming> boots)
    {
        var runs = boots.Count;
        return
        [
            new BenchFigure($"first screen ({label})", Median.Of([.. boots.Select(b => b.FirstScreen.TotalMilliseconds)]), "ms", runs, "< 50 ms"),
            new BenchFigure($"sign-in prompt ({label})", Median.Of([.. boots.Select(b => b.SignInPrompt.TotalMilliseconds)]), "ms", runs),
            new BenchFigure($"  after the 1 s boot screen ({label})",
                Median.Of([.. boots.Select(b => (b.SignInPrompt - b.FirstScreen - BootScreenTime).TotalMilliseconds)]), "ms", runs, "< 100 ms"),
            new BenchFigure($"RSS at the sign-in prompt ({label})", Median.Of([.. boots.Select(b => b.RssMegabytes)]), "MB", runs, "< 40 MB"),
        ];
    }

    private static IReadOnlyList<BenchFigure> Boots(string label, IReadOnlyList<string> command, int runs, TextWriter output)
    {
        output.WriteLine($"boot: {string.Join(' ', command.Select(c => Echo.Cut(c, Echo.MaxPathCharacters)))} run --line, {runs} times...");
        var boots = new List<BootTiming>(runs);
        for (var i = 0; i < runs; i++)
            boots.Add(ProcessBoot.Time(command));
        return Figures(label, boots);
    }

    /// <summary>How to start this very program again: its apphost or native binary, or `dotnet lakalapos.dll`.</summary>
    private static IReadOnlyList<string> SelfCommand()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("the program's path is unknown");
        var name = Path.GetFileNameWithoutExtension(process);
        if (name.Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            return [process, Path.Combine(AppContext.BaseDirectory, "lakalapos.dll")];
        return [process];
    }
}
