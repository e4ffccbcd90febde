using System.Diagnostics;
using System.Globalization;
using LakalaPos.Terminal.Fleet;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// <c>lakalapos fleet</c>: N virtual terminals load a host (docs/performance.md, "Fleet (load
/// generator)"). A progress line each second, then the summary line and the breakdown by response
/// code. Exit 0 when it ran (errors or not), 2 on bad arguments, 1 when the host could not be
/// reached at all. Ctrl-C or SIGTERM stops it early; the summary is still written.
/// </summary>
public static class FleetCommand
{
    public const string Usage = FleetArguments.Usage;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (!FleetArguments.TryParse(args, out var parsed, out var problem))
            return CommandLine.BadArguments(error, problem, Usage);
        using var stop = new CancellationTokenSource();
        using var signals = new StopSignals(stop.Cancel);
        return Run(parsed, output, error, stop.Token);
    }

    /// <summary>The run itself; <paramref name="stop"/> ends it before the duration is up.</summary>
    public static int Run(FleetArguments arguments, TextWriter output, TextWriter error, CancellationToken stop)
    {
        var statistics = new FleetStatistics();
        var batch = Random.Shared.Next(1, 1_000_000);
        var terminals = Enumerable.Range(1, arguments.Terminals).Select(n => new VirtualTerminal(n, arguments, batch, statistics)).ToList();
        try
        {
            if (!terminals[0].CanConnect())
            {
                error.WriteLine($"lakalapos: fleet: cannot connect to {arguments.Host}");
                return 1;
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fleet: {arguments.Terminals} terminals ({terminals[0].TerminalNo}-{terminals[^1].TerminalNo}) against {arguments.Host} for {arguments.DurationSeconds} s, mix {arguments.Mix}, batch {batch:000000}"));
            output.Flush();

            using var end = CancellationTokenSource.CreateLinkedTokenSource(stop);
            end.CancelAfter(TimeSpan.FromSeconds(arguments.DurationSeconds));
            var clock = Stopwatch.StartNew();
            var all = Task.WhenAll(terminals.Select(t => Task.Run(() => t.RunAsync(end.Token))));
            long lastAnswered = 0;
            for (var second = 1; !all.Wait(Until(clock, second)); second++)
            {
                var answered = statistics.Answered;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"fleet: {second} s, {answered:N0} requests, {answered - lastAnswered:N0}/s, errors {statistics.Errors:N0}"));
                output.Flush();
                lastAnswered = answered;
            }
            var elapsed = clock.Elapsed;

            output.WriteLine(statistics.Summary(arguments.Terminals, elapsed));
            foreach (var line in statistics.Breakdown())
                output.WriteLine(line);
            output.Flush();
            var neverConnected = statistics.Answered == 0 && statistics.Errors > 0 && statistics.Errors == statistics.ErrorsOf(FleetError.NotConnected);
            if (neverConnected)
                error.WriteLine($"lakalapos: fleet: no request reached {arguments.Host}");
            return neverConnected ? 1 : 0;
        }
        finally
        {
            foreach (var terminal in terminals)
                terminal.Dispose();
        }
    }

    private static TimeSpan Until(Stopwatch clock, int second)
    {
        var left = TimeSpan.FromSeconds(second) - clock.Elapsed;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
