using LakalaPos.Core.Engine;
using LakalaPos.Profiles;
using LakalaPos.Devices;
using LakalaPos.Devices.Emulator;
using LakalaPos.Devices.Headless;
using LakalaPos.Terminal.Cli;
using LakalaPos.Terminal.Composition;
using LakalaPos.Terminal.Logging;

namespace LakalaPos.Terminal.FullScreen;

/// <summary>
/// <c>lakalapos run</c> on a terminal: the same terminal as the line protocol
/// (<see cref="TerminalStack"/>: the folder's lock, the checked journal, the host — the simulator
/// embedded unless --host —, the engine on the real clock), its devices drawn in place by the
/// <see cref="FullScreenConsole"/>. Logs go to the data folder only: nothing but the frame is
/// written on the screen. A start-up refusal is one line on stderr before the screen is taken.
/// </summary>
public static class FullScreenRun
{
    /// <summary>
    /// True when `run` draws the device in place: not asked for the line protocol (--line), stdin
    /// and stdout both a terminal, and every device of the profile one this console stands in for
    /// (emulator or headless drivers).
    /// </summary>
    public static bool Applies(RunArguments args, HardwareProfile profile) =>
        !args.Line && !Console.IsInputRedirected && !Console.IsOutputRedirected
        && new[] { profile.Display.Driver, profile.Keypad.Driver, profile.Printer.Driver, profile.CardReader.Driver }
            .All(driver => driver is DeviceDrivers.Emulator or DeviceDrivers.Headless);

    public static int Run(RunArguments args, HardwareProfile profile, string dataDirectory, TextWriter error)
    {
        using var log = LogSetup.ForTerminal(dataDirectory, args.Verbose, console: false);
        EventQueue? queue = null;
        var devices = DeviceDriverRegistry.WithHeadless().AddFullScreenEmulator(() => queue?.Wake()).Create(profile);
        TerminalStack stack;
        try
        {
            stack = TerminalStack.Open(profile, devices, dataDirectory, args.Host, log);
        }
        catch (Exception ex) when (StartupProblems.Are(ex))
        {
            log.Error("Start-up refused: {Reason:l}", ex.Message);
            error.WriteLine($"lakalapos: {ex.Message}");
            return 2;
        }
        using (stack)
        {
            queue = stack.Engine.Queue;
            using var recorder = args.Record is { } file ? Recording.Recordings.Start(file, stack.Engine, profile, TextWriter.Null) : null;
            var host = new HostKeysPanel(stack.Connection.Simulator, stack.Connection.Description);
            if (recorder is not null)
                host.Accepted += (_, command) => recorder.HostCommand(command);
            var console = new FullScreenConsole(stack.Engine, (HeadlessKeypad)devices.Keypad, (HeadlessCardReader)devices.CardReader,
                (PanelDisplay)devices.Display, devices.Printer as PanelPrinter, host, profile.Name, dataDirectory, log);
            log.Information("Full-screen console, profile {Profile}, {Host}", profile.Name, stack.Connection.Description);
            using var screen = TerminalScreen.TakeOver(Console.Out, console.Quit, console.Resized);
            console.Run(screen);
        }
        return 0;
    }
}
