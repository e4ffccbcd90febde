using LakalaPos.Profiles;
using LakalaPos.Devices;
using LakalaPos.Emulator.Web.Board;
using LakalaPos.Emulator.Web.Control;
using LakalaPos.Emulator.Web.Devices;
using LakalaPos.Emulator.Web.Logging;
using LakalaPos.Emulator.Web.Server;
using LakalaPos.Terminal.Composition;
using LakalaPos.Terminal.Logging;
using LakalaPos.Terminal.Recording;
using Serilog.Core;

namespace LakalaPos.Terminal.Emulator;

/// <summary>
/// The terminal in a browser: the profile's devices are the browser drivers (drawn on a board
/// every page shows), behind them the same terminal as `run` (<see cref="TerminalStack"/>: journal,
/// host connection — the simulator embedded unless --host —, engine on the real clock) driven by
/// the same loop, and a web server on 127.0.0.1 that serves the page and takes its input.
/// </summary>
public sealed class BrowserEmulator : IAsyncDisposable
{
    private readonly Logger _log;
    private readonly TerminalStack _terminal;
    private readonly EmulatorServer _server;
    private readonly EngineLoop _loop;
    private readonly SessionRecorder? _recorder;

    private BrowserEmulator(Logger log, TerminalStack terminal, EmulatorServer server, EngineLoop loop, EmulatorBoard board, string dataDirectory, SessionRecorder? recorder)
    {
        _log = log;
        _recorder = recorder;
        _terminal = terminal;
        _server = server;
        _loop = loop;
        Board = board;
        DataDirectory = dataDirectory;
    }

    /// <summary>Where the page is.</summary>
    public Uri Url => _server.Url;

    public EmulatorBoard Board { get; }

    public string DataDirectory { get; }

    public string HostDescription => _terminal.Connection.Description;

    /// <summary>
    /// Builds the terminal and starts serving it. A bad profile, key file, journal or host store, a
    /// profile with hardware drivers, or a port in use is an exception with a one-line message.
    /// </summary>
    public static async Task<BrowserEmulator> StartAsync(EmulatorArguments args)
    {
        var profile = args.Terminal.Apply(HardwareProfileLoader.LoadByName(ProfileDirectory.Locate(args.Terminal.ProfilesDirectory), args.Terminal.Profile));
        if (args.Terminal.Record is not null && Recordings.Refusal(profile) is { } refused)
            throw new NotSupportedException(refused);
        var dataDirectory = Path.GetFullPath(args.Terminal.DataDirectory ?? profile.Storage.DataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var board = new EmulatorBoard(profile.Name, ProfileOptions.For(profile).TimeZone);
        var log = LogSetup.ForTerminal(dataDirectory, args.Terminal.Verbose, page: new BrowserLogSink(board));
        try
        {
            var devices = DeviceDriverRegistry.WithHeadless().AddBrowserEmulator(board).Create(profile);
            var terminal = TerminalStack.Open(profile, devices, dataDirectory, args.Terminal.Host, log);
            try
            {
                var inbox = new EngineInbox(terminal.Engine.Queue.Wake);
                // Listening before the engine powers on: every input is written before the engine sees it.
                var recorder = args.Terminal.Record is { } file ? Recordings.Start(file, terminal.Engine, profile, TextWriter.Null) : null;
                var panel = HostPanel(terminal.Connection, board);
                if (panel is not null && recorder is not null)
                    panel.Accepted += (_, command) => recorder.HostCommand(command);
                var controls = new EmulatorControls((BrowserKeypad)devices.Keypad, (BrowserCardReader)devices.CardReader,
                    (BrowserReceiptPrinter)devices.Printer, board, inbox, panel);
                var server = await EmulatorServer.StartAsync(board, controls, args.Port, log);
                var loop = EngineLoop.Start(terminal.Engine, inbox, log);
                log.Information("Browser emulator on {Url}, profile {Profile}", server.Url, profile.Name);
                return new BrowserEmulator(log, terminal, server, loop, board, dataDirectory, recorder);
            }
            catch
            {
                terminal.Dispose();
                throw;
            }
        }
        catch
        {
            log.Dispose();
            throw;
        }
    }

    /// <summary>Stops serving, stops the engine (no shutdown code: the journal holds what survives), closes everything.</summary>
    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _loop.Stop();
        _recorder?.Dispose();
        _terminal.Dispose();
        await _log.DisposeAsync();
    }

    private static SimulatorHostPanel? HostPanel(HostConnection connection, EmulatorBoard board)
    {
        if (connection.Simulator is not { } simulator)
        {
            board.SetHost(SimulatorHostPanel.External(connection.Description));
            return null;
        }
        var panel = new SimulatorHostPanel(simulator, connection.Description);
        panel.Changed += (_, _) => board.SetHost(panel.State);
        board.SetHost(panel.State);
        return panel;
    }
}
