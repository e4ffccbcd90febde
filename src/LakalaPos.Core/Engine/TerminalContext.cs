using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Parameters;
using LakalaPos.Core.Screens;
using Serilog;

namespace LakalaPos.Core.Engine;

/// <summary>What an activity may use: devices, journal, the host exchange, parameters, clock, timers, and moving on.</summary>
public sealed class TerminalContext
{
    private readonly TerminalEngine _engine;
    private readonly long _startTimestamp;

    internal TerminalContext(TerminalEngine engine, TerminalDevices devices, IJournal journal, IHostLink host,
        TerminalOptions options, TimeProvider clock, ILogger log, IBackgroundWork work)
    {
        _engine = engine;
        Devices = devices;
        Journal = journal;
        Exchange = new HostExchange(this, host);
        Calls = new DeviceCalls(engine, work);
        Printing = new ReceiptPrinting(this, () => engine.Current);
        Ecr = new EcrDesk(this);
        Options = options;
        Clock = clock;
        Log = log;
        Parameters = new TerminalParameters(journal, options.ParameterDefaults, options.ParameterOverrides);
        Parameters.Changed += (name, _) =>
        {
            // The working keys belong to this merchant and terminal number at this host: the next request signs in first.
            if (ParameterCatalog.NeedsSignIn(name) && Session.IsSignedIn)
                Session.SignInRequested = true;
        };
        _startTimestamp = clock.GetTimestamp();
    }

    public TerminalDevices Devices { get; }
    public IJournal Journal { get; }

    /// <summary>The only way to the host: send a request, be told its result or its time-out once.</summary>
    public HostExchange Exchange { get; }

    /// <summary>Device calls that may take a while (a self-test, a network check), answered as events.</summary>
    public DeviceCalls Calls { get; }

    /// <summary>The receipt printer, one job at a time, each answered as an event.</summary>
    public ReceiptPrinting Printing { get; }

    /// <summary>Where the cash register's requests are met and answered.</summary>
    public EcrDesk Ecr { get; }

    public TerminalOptions Options { get; }
    public TimeProvider Clock { get; }
    public ILogger Log { get; }
    public TerminalParameters Parameters { get; }
    public TerminalSession Session { get; } = new();

    /// <summary>The chip slot as the card reader has reported it since power on.</summary>
    public CardSlot CardSlot { get; } = new();

    /// <summary>Now, in the terminal's local time (UTC+8).</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Options.TimeZone);

    public Screen? CurrentScreen { get; private set; }

    /// <summary>The language screens speak now (parameter <c>language</c>): a change shows on the next redraw.</summary>
    public string Language => Parameters.Get(ParameterCatalog.Language);

    /// <summary>A screen text in the terminal's language.</summary>
    public string Say(Phrase phrase) => Texts.Of(Language, phrase);

    /// <summary>A screen text in the terminal's language, its "{0}" places filled.</summary>
    public string Say(Phrase phrase, params object[] args) => Texts.Of(Language, phrase, args);

    public void Show(Screen screen)
    {
        CurrentScreen = screen;
        Devices.Display.Show(screen);
    }

    /// <summary>
    /// Leaves the current activity (its timers die with it) and enters <paramref name="next"/>.
    /// Activities suspended under it (<see cref="Push"/>) are dropped: the flows they were are abandoned.
    /// </summary>
    public void Go(Activity next) => _engine.Go(next);

    /// <summary>
    /// Suspends the current activity — its timers die and a request it awaits is abandoned, as on
    /// <see cref="Go"/> — and enters <paramref name="child"/>, which ends with <see cref="Return"/>.
    /// </summary>
    public void Push(Activity child) => _engine.Push(child);

    /// <summary>
    /// Ends the current activity, which was pushed: the activity it suspended is current again,
    /// without being entered, and is told <paramref name="result"/> (<see cref="Activity.OnReturn"/>).
    /// With nothing suspended it is a fault.
    /// </summary>
    public void Return(ChildResult result) => _engine.Return(result);

    /// <summary>True when <paramref name="activity"/> is the one events go to now (a continuation may find it was left meanwhile).</summary>
    public bool IsCurrent(Activity activity) => ReferenceEquals(_engine.Current, activity);

    /// <summary>Starts a timer owned by the current activity.</summary>
    public TimerTicket StartTimer(string name, TimeSpan delay) => _engine.Timers.Start(name, Elapsed + delay);

    /// <summary>Starts a timer of the current activity that only redraws the time (see <see cref="TimerTicket.RedrawOnly"/>).</summary>
    public TimerTicket StartRedrawTimer(string name, TimeSpan delay) => _engine.Timers.Start(name, Elapsed + delay, redrawOnly: true);

    /// <summary>Monotonic time since this engine started: what timers run on (setting the wall clock does not move it).</summary>
    internal TimeSpan Elapsed => Clock.GetElapsedTime(_startTimestamp);

    public void CancelTimer(TimerTicket? ticket) => _engine.Timers.Cancel(ticket);

    /// <summary>Logs a step change inside an activity, the same way the engine logs activity changes.</summary>
    public void LogStep(string activity, string step) => Log.Information("State {Activity}/{Step}", activity, step);
}
