using System.Collections.Concurrent;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Profiles;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Journal;
using LakalaPos.Terminal.Composition;
using LakalaPos.Terminal.FullScreen;
using LakalaPos.Terminal.Logging;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// <c>lakalapos run</c>: the terminal on the real clock, devices from the profile (the emulator
/// profile draws on this console and takes keys and cards from stdin), the journal in the data
/// directory, the host simulator embedded. The loop is the hardware loop: wait for input or the
/// next timer, hand it to the core, repeat.
/// </summary>
public static class RunCommand
{
    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        // Screens are drawn on the engine's thread, receipts printed on the device worker's.
        output = TextWriter.Synchronized(output);
        if (!RunArguments.TryParse(args, out var parsed, out var problem))
            return CommandLine.BadArguments(error, problem, RunArguments.Usage);
        if (CommandLine.LoadProfile(parsed.ProfilesDirectory, parsed.Profile, error) is not { } profile)
            return 2;
        var dataDirectory = Path.GetFullPath(parsed.DataDirectory ?? profile.Storage.DataDirectory);
        Directory.CreateDirectory(dataDirectory);
        if (FullScreenRun.Applies(parsed, profile))
            return FullScreenRun.Run(parsed, profile, dataDirectory, error);
        using var log = LogSetup.ForTerminal(dataDirectory, parsed.Verbose);
        ConsoleTerminal terminal;
        try
        {
            terminal = ConsoleTerminal.Build(profile, dataDirectory, parsed.Host, output, log);
        }
        catch (Exception ex) when (StartupProblems.Are(ex))
        {
            log.ForContext(LogSetup.AlreadyShown, true).Error("Start-up refused: {Reason:l}", ex.Message);
            error.WriteLine($"lakalapos: {ex.Message}");
            return 2;
        }
        using (terminal)
        {
            output.WriteLine($"LakalaPos — profile {profile.Name}, data in {dataDirectory}, {terminal.HostDescription}. Test cards: debit credit debit2 lowbal expired.");
            output.WriteLine(OperatorInput.Help);
            var operatorInput = new OperatorInput(terminal.Keypad, terminal.CardReader, terminal.Printer);
            var lines = StartReading(input, terminal.Engine.Queue);
            terminal.Engine.PowerOn();
            Loop(terminal.Engine, lines, operatorInput, output);
        }
        return 0;
    }

    /// <summary>
    /// What a bad profile, key file, journal or host store, or a data folder another process holds,
    /// looks like at start-up: a one-line message, exit code 2.
    /// </summary>

    /// <summary>
    /// The hardware loop: sleep until the engine's queue is woken (a host answer, or an operator
    /// line) or the next timer is due; apply the operator's lines on this thread (devices are not
    /// thread-safe); let the engine run.
    /// </summary>
    private static void Loop(TerminalEngine engine, BlockingCollection<string> lines, OperatorInput operatorInput, TextWriter output)
    {
        while (true)
        {
            engine.Queue.WaitForEvent(engine.TimeToNextDeadline ?? Timeout.InfiniteTimeSpan, CancellationToken.None);
            while (lines.TryTake(out var line))
            {
                if (line.Trim().Equals("quit", StringComparison.OrdinalIgnoreCase))
                    return;
                if (operatorInput.Apply(line) is { } message)
                    output.WriteLine(message);
            }
            if (lines.IsCompleted)
                return;
            engine.RunUntilIdle();
            engine.FireDueTimers();
        }
    }

    private static BlockingCollection<string> StartReading(TextReader input, EventQueue wake)
    {
        var lines = new BlockingCollection<string>();
        var reader = new Thread(() =>
        {
            while (input.ReadLine() is { } line)
            {
                lines.Add(line);
                wake.Wake();
            }
            lines.CompleteAdding();
            wake.Wake();
        }) { IsBackground = true, Name = "stdin" };
        reader.Start();
        return lines;
    }
}
