using System.Globalization;
using LakalaPos.Shared;

namespace LakalaPos.Terminal.Cli;

/// <summary>The arguments of <c>bench [--native PATH] [--runs N] [--scripts DIR]</c>.</summary>
public sealed record BenchArguments(string? NativePath, int Runs, string? ScriptsDirectory)
{
    public const string Usage = "bench [--native PATH] [--runs N] [--scripts DIR]";

    /// <summary>Boots timed per program: the median of 5.</summary>
    public const int DefaultRuns = 5;

    public const int MaxRuns = 100;

    public static bool TryParse(IReadOnlyList<string> args, out BenchArguments parsed, out string? error)
    {
        parsed = new BenchArguments(null, DefaultRuns, null);
        error = null;
        string? native = null;
        string? scripts = null;
        var runs = DefaultRuns;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            var option = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (option)
            {
                case "--native":
                    native = string.IsNullOrEmpty(value) ? null : value;
                    error = native is null ? "--native needs a PATH: the native lakalapos binary" : null;
                    i++;
                    break;
                case "--scripts":
                    scripts = string.IsNullOrEmpty(value) ? null : value;
                    error = scripts is null ? "--scripts needs a DIR of *.replay scripts" : null;
                    i++;
                    break;
                case "--runs":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out runs) || runs is < 1 or > MaxRuns)
                        error = $"--runs needs a number from 1 to {MaxRuns}";
                    i++;
                    break;
                default:
                    error = $"unknown option '{Echo.Cut(option)}'";
                    break;
            }
        }
        if (error is not null)
            return false;
        parsed = new BenchArguments(native, runs, scripts);
        return true;
    }
}
