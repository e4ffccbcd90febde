using System.Net;
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
    private readonly WireRegisterPanel? _register;

    private BrowserEmulator(Logger log, TerminalStack terminal, EmulatorServer server, EngineLoop loop, EmulatorBoard board, string dataDirectory, SessionRecorder? recorder,
        WireRegisterPanel? register)
    {
        _log = log;
        _register = register;
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

    /// <summary>Where a register reaches the terminal over TCP (the register panel does, and so can <c>lakalapos ecr --connect</c>); null when the link is serial.</summary>
    public IPEndPoint? RegisterAddress => _register?.Address;

    /// <summary>How long start-up waits for the register's listener to be open (it opens on the port's own thread).</summary>
    public static readonly TimeSpan ListenerPatience = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Builds the terminal and starts serving it. A bad profile, key file, journal or host store, a
    /// profile with hardware drivers, or a port in use is an exception with a one-line message.
    /// </summary>
    public static async Task<BrowserEmulator> StartAsync(EmulatorArguments args)
    {
        var profile = args.Terminal.Apply(HardwareProfileLoader.LoadByName(ProfileDirectory.Locate(args.Terminal.ProfilesDirectory), args.Terminal.Profile));
        // The emulator always has a register link: without --ecr or the profile's ecr section, on a free port of 127.0.0.1.
        if (profile.Ecr is null)
            profile = profile with { Ecr = new EcrProfile(new IPEndPoint(IPAddress.Loopback, 0), null) };
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
                var register = RegisterPanel(terminal, profile.Ecr!, board, inbox, recorder, log);
                try
                {
                    var controls = new EmulatorControls((BrowserKeypad)devices.Keypad, (BrowserCardReader)devices.CardReader,
                        (BrowserReceiptPrinter)devices.Printer, board, inbox, panel, register);
                    var server = await EmulatorServer.StartAsync(board, controls, args.Port, log);
                    var loop = EngineLoop.Start(terminal.Engine, inbox, log);
                    log.Information("Browser emulator on {Url}, profile {Profile}", server.Url, profile.Name);
                    return new BrowserEmulator(log, terminal, server, loop, board, dataDirectory, recorder, register);
                }
                catch
                {
                    register?.Dispose();
                    throw;
                }
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
        _register?.Dispose();
        _loop.Stop();
        _recorder?.Dispose();
        _terminal.Dispose();
        await _log.DisposeAsync();
    }

    /// <summary>
    /// The register panel, a register on the terminal's own TCP listener; for a serial link, a panel
    /// that only says where the link is. A request it sends is recorded (<c>ecr sale …</c>) on the
    /// engine's thread, before it reaches the terminal, like any input.
    /// </summary>
    private static WireRegisterPanel? RegisterPanel(TerminalStack terminal, EcrProfile ecr, EmulatorBoard board, EngineInbox inbox, SessionRecorder? recorder, Serilog.ILogger log)
    {
        if (terminal.RegisterListener is not { } listener)
        {
            board.SetRegister(WireRegisterPanel.Unavailable($"register link: {ecr.Describe()}"));
            return null;
        }
        var address = listener.WaitUntilListening(ListenerPatience)
            ?? throw new IOException($"the register's link ({ecr.Describe()}) did not open within {ListenerPatience.TotalSeconds:0} s; see the log");
        Action<string>? record = recorder is null ? null : line => Record(inbox, recorder, line);
        var panel = new WireRegisterPanel(address, record, log);
        panel.Changed += (_, _) => board.SetRegister(panel.State);
        board.SetRegister(panel.State);
        return panel;
    }

    private static void Record(EngineInbox inbox, SessionRecorder recorder, string line) =>
        inbox.Post(() =>
        {
            recorder.RegisterRequest(line);
            return InputResult.Done("recorded");
        }).Wait(EmulatorControls.Patience);

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
