using System.Collections.Concurrent;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Profiles;
using LakalaPos.Devices;
using LakalaPos.Devices.Emulator;
using LakalaPos.Devices.Headless;
using LakalaPos.Journal;
using LakalaPos.Protocol.Links;
using LakalaPos.Terminal.Composition;
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
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        if (!RunArguments.TryParse(args, out var parsed, out var problem))
        {
            error.WriteLine($"lakalapos: {problem}");
            error.WriteLine($"usage: lakalapos {RunArguments.Usage}");
            return 2;
        }
        HardwareProfile profile;
        try
        {
            profile = HardwareProfileLoader.LoadByName(ProfileDirectory.Locate(parsed.ProfilesDirectory), parsed.Profile);
        }
        catch (HardwareProfileException ex)
        {
            error.WriteLine($"lakalapos: {ex.Message}");
            return 2;
        }
        var dataDirectory = Path.GetFullPath(parsed.DataDirectory ?? profile.Storage.DataDirectory);
        Directory.CreateDirectory(dataDirectory);
        using var log = LogSetup.ForTerminal(dataDirectory, parsed.Verbose);
        var devices = DeviceDriverRegistry.WithHeadless().AddConsoleEmulator(output).Create(profile);
        if (devices.Keypad is not HeadlessKeypad keypad || devices.CardReader is not HeadlessCardReader cardReader)
        {
            error.WriteLine($"lakalapos: profile {profile.Name}: run needs keypad and card reader drivers fed from this console (emulator or headless)");
            return 2;
        }
        using var journal = SqliteJournal.Open(Path.Combine(dataDirectory, "journal.db"), log);
        HostConnection connection;
        try
        {
            connection = HostConnection.Open(profile, parsed.Host, dataDirectory, log);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            error.WriteLine($"lakalapos: {ex.Message}");
            return 2;
        }
        using var closeConnection = connection;
        var link = new Iso8583HostLink(connection.Transport, new HostLinkSettings
        {
            MasterKey = profile.Host.MasterKey.ReadKey(),
            Tpdu = Convert.FromHexString(profile.Host.Tpdu),
        }, log);
        var engine = new TerminalEngine(new TerminalDevices(keypad, devices.Display, cardReader, devices.Printer), journal, link,
            ProfileOptions.For(profile), TimeProvider.System, log, _ => new BootActivity());

        output.WriteLine($"LakalaPos — profile {profile.Name}, data in {dataDirectory}, {connection.Description}. Test cards: debit credit debit2 lowbal expired.");
        output.WriteLine(OperatorInput.Help);
        var operatorInput = new OperatorInput(keypad, cardReader, devices.Printer as ConsoleReceiptPrinter);
        var lines = StartReading(input);
        engine.PowerOn();
        Loop(engine, lines, operatorInput, output);
        engine.PowerLoss();
        return 0;
    }

    private static void Loop(TerminalEngine engine, BlockingCollection<string> lines, OperatorInput operatorInput, TextWriter output)
    {
        while (true)
        {
            // Host answers arrive on the link's thread straight into the engine's queue: look often.
            var wait = engine.TimeToNextDeadline ?? PollInterval;
            if (lines.TryTake(out var line, wait > PollInterval ? PollInterval : wait))
            {
                if (line.Trim().Equals("quit", StringComparison.OrdinalIgnoreCase))
                    return;
                if (operatorInput.Apply(line) is { } message)
                    output.WriteLine(message);
            }
            else if (lines.IsCompleted)
            {
                return;
            }
            engine.RunUntilIdle();
            engine.FireDueTimers();
        }
    }

    private static BlockingCollection<string> StartReading(TextReader input)
    {
        var lines = new BlockingCollection<string>();
        var reader = new Thread(() =>
        {
            while (input.ReadLine() is { } line)
                lines.Add(line);
            lines.CompleteAdding();
        }) { IsBackground = true, Name = "stdin" };
        reader.Start();
        return lines;
    }
}
