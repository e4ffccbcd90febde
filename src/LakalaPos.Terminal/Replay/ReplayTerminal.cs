using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Parameters;
using LakalaPos.Profiles;
using LakalaPos.Devices;
using LakalaPos.Devices.Cards;
using LakalaPos.Devices.Ecr;
using LakalaPos.Devices.Headless;
using LakalaPos.HostSimulator;
using LakalaPos.HostSimulator.Rules;
using LakalaPos.Journal;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Links;
using LakalaPos.Replay.Running;
using LakalaPos.Terminal.Composition;
using LakalaPos.Terminal.Logging;
using Serilog.Core;

namespace LakalaPos.Terminal.Replay;

/// <summary>
/// A fresh terminal for one replay script: headless devices, a journal in a scratch folder, the
/// host simulator in memory at the profile's host address (a hostAddress set elsewhere does not
/// reach it), all on a virtual clock. The devices and the host outlive a
/// power-cycle, as hardware and the acquirer do; the engine, the link session and anything not
/// on disk do not.
/// </summary>
public sealed class ReplayTerminal : IReplayTarget
{
    /// <summary>Every script starts at 2026-11-22 10:00:00 Asia/Shanghai (replay-format.md).</summary>
    public static readonly DateTimeOffset StartTime = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    private const string DefaultProfile = "test";

    /// <summary>What the card reader says of a script's bad-swipe (for the log: a reason, never card data).</summary>
    public const string BadSwipe = "bad swipe: no readable track";
    private readonly string _profilesDirectory;
    private readonly string _scratch;
    private readonly VirtualClock _clock = new(StartTime);
    private readonly RecentLogSink _logSink = new(40);
    private readonly Logger _log;
    private string _profileName = DefaultProfile;
    private HardwareProfile? _profile;
    private TerminalDevices? _devices;
    private HeadlessKeypad? _keypad;
    private HeadlessDisplay? _display;
    private HeadlessPrinter? _printer;
    private HeadlessCardReader? _cardReader;
    private AcquirerSimulator? _host;
    private SqliteJournal? _journal;
    private TerminalEngine? _engine;
    // The register on the terminal's ECR link: in memory, but every byte through both ends' real protocol.
    private EcrLoopback? _register;
    private string? _lastEcrRequest;

    public ReplayTerminal(string profilesDirectory, string? logFile = null)
    {
        _profilesDirectory = profilesDirectory;
        _scratch = Path.Combine(Path.GetTempPath(), "lakalapos-replay-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_scratch);
        _log = LogSetup.ForReplay(_logSink, logFile);
    }

    /// <summary>Every line logged so far (the no-secrets test reads it).</summary>
    public IReadOnlyList<string> FullLog => _logSink.All;

    public void UseProfile(string name)
    {
        if (_engine is not null)
            throw new ReplayCommandException("profile must come before the first action");
        _profileName = name;
    }

    public void Boot()
    {
        _profile = LoadProfile();
        var devices = DeviceDriverRegistry.WithHeadless().Create(_profile);
        _keypad = (HeadlessKeypad)devices.Keypad;
        _display = (HeadlessDisplay)devices.Display;
        _printer = (HeadlessPrinter)devices.Printer;
        _cardReader = (HeadlessCardReader)devices.CardReader;
        _register = new EcrLoopback(_log.ForContext("Source", "ecr"), _clock);
        _devices = new TerminalDevices(_keypad, _display, _cardReader, _printer, _register.Port);
        // A script's checks count messages from its start, so the host keeps all of them (a script is short).
        _host = new AcquirerSimulator(new SimulatorSettings { DefaultMasterKey = _profile.Host.MasterKey.ReadKey(), ReceivedHistory = int.MaxValue },
            _clock, _log.ForContext("Source", "host"));
        StartEngine();
    }

    public void PowerCycle()
    {
        var engine = RequireEngine();
        engine.PowerLoss();
        _journal!.SimulatePowerLoss();
        _log.Information("--- power cut ---");
        StartEngine();
    }

    public void SetClock(DateTimeOffset localTime)
    {
        RequireEngine();
        _clock.SetWallClock(localTime);
        Settle();
    }

    public DateTimeOffset WallClock => _clock.GetLocalNow();

    public void SetParameter(string name, string value)
    {
        try
        {
            RequireEngine().Context.Parameters.Set(name, value);
        }
        catch (ParameterException ex)
        {
            throw new ReplayCommandException(ex.Message);
        }
    }

    public void AskEcr(Core.Ecr.EcrRequest request)
    {
        RequireEngine();
        _lastEcrRequest = request.RequestId;
        _register!.Ask(EcrWireMapping.ToWire(request));
        Settle();
    }

    /// <summary>The answer to the register's last request, as its fields came over the link; null until it comes.</summary>
    public IReadOnlyDictionary<string, string>? EcrAnswer =>
        _lastEcrRequest is { } id ? _register?.Answers.LastOrDefault(a => a.GetValueOrDefault("id") == id) : null;

    public void PressKey(Key key)
    {
        RequireEngine();
        _keypad!.Press(key);
        Settle();
    }

    public void PresentCard(string cardName, CardAction action)
    {
        RequireEngine();
        var mode = action switch
        {
            CardAction.Swipe => EntryMode.Swipe,
            CardAction.Insert => EntryMode.Insert,
            _ => EntryMode.Tap,
        };
        try
        {
            _cardReader!.Present(cardName, mode);
        }
        catch (CardReadException ex)
        {
            throw new ReplayCommandException(ex.Message);
        }
        Settle();
    }

    public void FailCardRead()
    {
        RequireEngine();
        _cardReader!.FailRead(BadSwipe);
        Settle();
    }

    public void RemoveCard()
    {
        RequireEngine();
        _cardReader!.Remove();
        Settle();
    }

    public void Advance(TimeSpan duration)
    {
        var engine = RequireEngine();
        var left = duration;
        // Deadline by deadline through the timers that act; a redraw-only timer (the idle clock) fires
        // with them when due, and once more at the end — not once a minute of the jump.
        while (engine.TimeToNextActingDeadline is { } next && next <= left)
        {
            _clock.Advance(next);
            left -= next;
            engine.FireDueTimers();
        }
        _clock.Advance(left);
        engine.FireDueTimers();
    }

    public void SetPaper(bool present)
    {
        RequireEngine();
        _printer!.SetPaper(present);
        Settle();
    }

    public void QueueHostRule(string rule, IReadOnlyList<string> arguments)
    {
        try
        {
            RequireHost().QueueRule(rule, arguments);
        }
        catch (Exception ex) when (ex is HostRuleException or ArgumentException)
        {
            throw new ReplayCommandException(ex.Message);
        }
    }

    public void SetHostOnline(bool online) => RequireHost().Online = online;

    public void SetHostRefundDays(int days) => RequireHost().RefundDays = days;

    public void SetHostMerchantBalance(long fen) => RequireHost().MerchantBalanceFen = fen;

    public IReadOnlyList<string> ScreenRows => _display?.Rows ?? [];

    public (int Columns, int Rows) ScreenSize => _display is { } display ? (display.Columns, display.Height) : (32, 8);

    public IReadOnlyList<string> PrintedReceipts => _printer?.Receipts.Select(r => string.Join('\n', r)).ToList() ?? [];

    public IReadOnlyList<HostMessageSeen> HostReceived => _host?.Received
        .Select(m => m.Message is { } msg
            ? new HostMessageSeen(msg.Mti, Iso8583Fields.ForDisplay(msg))
            : new HostMessageSeen("(undecodable)", new Dictionary<string, string>()))
        .ToList() ?? [];

    public TransactionRecord? FindTransaction(int voucher) =>
        _journal is null ? null : _journal.FindByVoucher(voucher, _journal.CurrentBatch()) ?? _journal.FindByVoucher(voucher);

    public TransactionRecord? LastTransaction() => _journal?.Last();

    public IReadOnlyList<string> RecentLog => _logSink.Recent;

    public void Dispose()
    {
        _engine?.PowerLoss();
        _journal?.Dispose();
        _log.Dispose();
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // A scratch folder left behind in /tmp is harmless; failing the script for it is not.
        }
    }

    private void StartEngine()
    {
        _journal = SqliteJournal.Open(Path.Combine(_scratch, "journal.db"), _log, _clock, durability: JournalDurability.ProcessEnd);
        var options = ProfileOptions.For(_profile!);
        // The simulator is reachable only at the profile's host address: 系统管理 sending the
        // terminal elsewhere makes the host unreachable, as a wrong address does.
        var transport = new InMemoryTransport(_host!, ProfileOptions.DefaultHostAddress(options));
        var link = new Iso8583HostLink(transport, new HostLinkSettings
        {
            MasterKey = _profile!.Host.MasterKey.ReadKey(),
            Tpdu = Convert.FromHexString(_profile.Host.Tpdu),
        }, _log);
        _engine = new TerminalEngine(_devices!, _journal, link, options, _clock, _log, TerminalFlows.Standard);
        HostParameters.Bind(_engine.Context.Parameters, link, transport, null, "the host simulator", _log);
        _engine.PowerOn();
        // Replays start at the first prompt: run the clock through the boot screens.
        while (_engine.ActivityName.StartsWith("Boot", StringComparison.Ordinal) && _engine.TimeToNextDeadline is { } next)
        {
            _clock.Advance(next);
            _engine.FireDueTimers();
        }
    }

    /// <summary>Lets the terminal handle everything the action caused, including timers due now.</summary>
    private void Settle()
    {
        _engine!.RunUntilIdle();
        _engine.FireDueTimers();
    }

    private HardwareProfile LoadProfile()
    {
        try
        {
            return HardwareProfileLoader.LoadByName(_profilesDirectory, _profileName);
        }
        catch (HardwareProfileException ex)
        {
            throw new ReplayCommandException(ex.Message);
        }
    }

    private TerminalEngine RequireEngine() => _engine ?? throw new ReplayCommandException("the terminal has not booted");

    private AcquirerSimulator RequireHost() => _host ?? throw new ReplayCommandException("the terminal has not booted");
}
