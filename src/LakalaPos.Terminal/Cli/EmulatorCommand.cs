#if BROWSER_EMULATOR
using LakalaPos.Profiles;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Journal;
using LakalaPos.Terminal.Emulator;
#endif

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// <c>lakalapos emulator</c>: the terminal in a browser page served on 127.0.0.1 (docs/emulator.md),
/// until Ctrl+C. A firmware build (-p:Firmware=true) has no browser emulator and says so.
/// </summary>
public static class EmulatorCommand
{
    public const string Usage = "emulator [--port N] [--profile NAME] [--data DIR] [--profiles DIR] [--host HOST:PORT] [--ecr ADDRESS:PORT] [--record FILE] [--verbose]";

#if BROWSER_EMULATOR
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (!EmulatorArguments.TryParse(args, out var parsed, out var problem))
        {
            error.WriteLine($"lakalapos: {problem}");
            error.WriteLine($"usage: lakalapos {EmulatorArguments.Usage}");
            return 2;
        }
        BrowserEmulator emulator;
        try
        {
            emulator = BrowserEmulator.StartAsync(parsed).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (StartupProblems.Are(ex))
        {
            error.WriteLine($"lakalapos: {ex.Message}");
            return 2;
        }
        var stop = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Set();
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Set();
        output.WriteLine($"LakalaPos browser emulator — profile {emulator.Board.Profile}, data in {emulator.DataDirectory}, {emulator.HostDescription}.");
        if (parsed.Terminal.Record is { } record)
            output.WriteLine($"Recording this session as a replay script: {Path.GetFullPath(record)}");
        if (emulator.RegisterAddress is { } register)
            output.WriteLine($"register link: {register} — lakalapos ecr --connect {register} sale …");
        output.WriteLine($"Open {emulator.Url} in a browser. Ctrl+C stops.");
        stop.Wait();
        emulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }

#else
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        error.WriteLine("lakalapos: this is a firmware build, without the browser emulator (build without -p:Firmware=true to have it)");
        return 2;
    }
#endif
}
