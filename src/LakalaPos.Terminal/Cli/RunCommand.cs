using System.Collections.Concurrent;
using LakalaPos.Core.Engine;
using LakalaPos.Profiles;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Journal;
using LakalaPos.Terminal.Composition;
using LakalaPos.Terminal.FullScreen;
using LakalaPos.Terminal.Logging;
using LakalaPos.Terminal.Recording;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// <c>lakalapos run</c>: the terminal on the real clock, devices from the profile (the emulator
/// profile draws on this console and takes keys and cards from stdin; a serial profile's keypad
/// and card reader are its serial devices, and stdin is not read), the journal in the data
/// directory, the host simulator embedded. SIGINT and SIGTERM stop it in order (exit code 0).
/// The loop is the hardware loop: wait for input or the next timer, hand it to the core, repeat.
/// </summary>
public static class RunCommand
{
    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        // Screens are drawn on the engine's thread, receipts printed on the device worker's.
        output = TextWriter.Synchronized(output);
        if (!RunArguments.TryParse(args, out var parsed, out var problem))
            return CommandLine.BadArguments(error, problem, RunArguments.Usage);
        if (CommandLine.LoadProfile(parsed.ProfilesDirectory, parsed.Profile, error) is not { } loaded)
            return 2;
        var profile = parsed.Apply(loaded);
        if (parsed.Record is not null && Recordings.Refusal(profile) is { } refused)
        {
            error.WriteLine($"lakalapos: {refused}");
            return 2;
        }
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
            using var stop = new StopSignals(terminal.Engine.Queue.Wake);
            Announce(profile, dataDirectory, terminal, output);
            BlockingCollection<string>? lines = null;
            OperatorInput? operatorInput = null;
            using var recorder = parsed.Record is { } file ? Recordings.Start(file, terminal.Engine, profile, output) : null;
            if (terminal.ReadsConsole)
            {
                output.WriteLine(OperatorInput.Help);
                operatorInput = new OperatorInput(terminal.Keypad, terminal.CardReader, terminal.Printer, HostCommands(terminal, recorder));
                lines = StartReading(input, terminal.Engine.Queue);
            }
            else
            {
                // Keys and cards come from the serial devices: stdin may be closed, /dev/null or a terminal nobody types at.
                output.WriteLine("Keypad and card reader are serial devices: nothing is read here. Stop with Ctrl-C or SIGTERM.");
            }
            log.Information("Terminal started: profile {Profile}, {Input}", profile.Name, terminal.ReadsConsole ? "operator lines on stdin" : "input from serial devices only");
            terminal.Engine.PowerOn();
            var ended = Loop(terminal.Engine, lines, operatorInput, stop, output);
            log.Information("Terminal stopping ({Reason}): closing the journal, the host connection and the ports", ended);
        }
        log.Information("Terminal stopped");
        return 0;
    }

    /// <summary>The embedded simulator's operator commands, each one it accepts also recorded; null when the host is a separate one.</summary>
    private static Func<string, string>? HostCommands(ConsoleTerminal terminal, SessionRecorder? recorder)
    {
        if (terminal.Simulator is not { } simulator)
            return null;
        var commands = new LakalaPos.HostSimulator.Hosting.OperatorCommands(simulator);
        return command =>
        {
            var reply = commands.Apply(command);
            if (LakalaPos.HostSimulator.Hosting.OperatorCommands.IsAccepted(reply))
                recorder?.HostCommand(command);
            return reply;
        };
    }

    /// <summary>What the operator is told first: profile, data, host, and each serial device with its port and state.</summary>
    private static void Announce(HardwareProfile profile, string dataDirectory, ConsoleTerminal terminal, TextWriter output)
    {
        output.WriteLine($"LakalaPos — profile {profile.Name}, data in {dataDirectory}, {terminal.HostDescription}. Test cards: debit credit debit2 lowbal expired.");
        if (terminal.SerialPorts.Count == 0)
            return;
        output.WriteLine("Serial devices:");
        foreach (var line in SerialDeviceLines.Of(profile, terminal))
            output.WriteLine(line);
    }

    /// <summary>
    /// The hardware loop: sleep until the engine's queue is woken (a device, a host answer, an
    /// operator line or a stop signal) or the next timer is due; apply the operator's lines on this
    /// thread (devices are not thread-safe); let the engine run. Returns why it ended.
    /// </summary>
    private static string Loop(TerminalEngine engine, BlockingCollection<string>? lines, OperatorInput? operatorInput, StopSignals stop, TextWriter output)
    {
        while (true)
        {
            engine.Queue.WaitForEvent(engine.TimeToNextDeadline ?? Timeout.InfiniteTimeSpan, CancellationToken.None);
            if (stop.Reason is { } signal)
                return signal;
            if (lines is not null && operatorInput is not null)
            {
                while (lines.TryTake(out var line))
                {
                    if (line.Trim().Equals("quit", StringComparison.OrdinalIgnoreCase))
                        return "quit";
                    if (operatorInput.Apply(line) is { } message)
                        output.WriteLine(message);
                }
                if (lines.IsCompleted)
                    return "end of input";
            }
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
