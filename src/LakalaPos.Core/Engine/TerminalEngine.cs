using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using Serilog;

namespace LakalaPos.Core.Engine;

/// <summary>
/// The terminal core: one input queue, handled one event at a time by the current activity.
/// It owns no thread and reads time only from the injected clock; whoever drives it (the replay
/// runner, the emulator loop, the hardware loop) calls <see cref="RunUntilIdle"/> after posting
/// and <see cref="FireDueTimers"/> when <see cref="TimeToNextDeadline"/> has passed.
/// </summary>
public sealed class TerminalEngine
{
    private const int MaxEventsPerRun = 100_000;
    private readonly TerminalDevices _devices;
    private readonly IHostLink _host;
    private readonly EngineFlows _flows;
    private Activity? _current;
    // The activities that stepped aside for a child (Push), the most recent on top.
    private readonly Stack<Activity> _suspended = new();
    private bool _attached;

    public TerminalEngine(TerminalDevices devices, IJournal journal, IHostLink host, TerminalOptions options,
        TimeProvider clock, ILogger log, EngineFlows flows, IBackgroundWork? work = null)
    {
        _devices = devices;
        _host = host;
        _flows = flows;
        Context = new TerminalContext(this, devices, journal, host, options, clock, log, work ?? InlineWork.Instance);
    }

    public EventQueue Queue { get; } = new();
    public TerminalContext Context { get; }
    internal TimerSet Timers { get; } = new();

    public string ActivityName => _current?.Name ?? "(off)";

    /// <summary>The activity events go to now; null before power on and after power loss.</summary>
    internal Activity? Current => _current;
    /// <summary>How long until the next timer is due (zero when one is due now), or null when none is pending.</summary>
    public TimeSpan? TimeToNextDeadline => Until(Timers.NextDue);

    /// <summary>
    /// How long until the next timer that does more than redraw the time is due: a driver that
    /// jumps the clock (a replay's <c>wait 31d</c>) steps deadline by deadline only through these,
    /// then fires the redraw-only timers once at the end — a jump costs what is due, not its minutes.
    /// </summary>
    public TimeSpan? TimeToNextActingDeadline => Until(Timers.NextActingDue);

    private TimeSpan? Until(TimeSpan? due) => due is { } d ? (d > Context.Elapsed ? d - Context.Elapsed : TimeSpan.Zero) : null;

    /// <summary>Connects to the devices and the host link and enters the first activity (boot).</summary>
    public void PowerOn()
    {
        if (_attached)
            throw new InvalidOperationException("already powered on");
        _devices.Keypad.KeyPressed += OnKey;
        _devices.CardReader.CardPresented += OnCard;
        _devices.CardReader.CardRemoved += OnCardRemoved;
        _devices.CardReader.ReadFailed += OnReadFailed;
        if (_devices.Printer is { } printer)
            printer.PaperChanged += OnPaper;
        if (_devices.Ecr is { } ecr)
            ecr.Requested += OnEcr;
        _host.Completed += OnHost;
        _attached = true;
        Context.Log.Information("Power on");
        Go(_flows.First(Context));
        RunUntilIdle();
    }

    /// <summary>
    /// Power is gone: the engine stops hearing its devices and runs nothing more. No shutdown
    /// code runs — whatever the journal holds is what survives.
    /// </summary>
    public void PowerLoss()
    {
        if (!_attached)
            return;
        _devices.Keypad.KeyPressed -= OnKey;
        _devices.CardReader.CardPresented -= OnCard;
        _devices.CardReader.CardRemoved -= OnCardRemoved;
        _devices.CardReader.ReadFailed -= OnReadFailed;
        if (_devices.Printer is { } printer)
            printer.PaperChanged -= OnPaper;
        if (_devices.Ecr is { } ecr)
            ecr.Requested -= OnEcr;
        _host.Completed -= OnHost;
        _attached = false;
        Timers.CancelAll();
        Context.Exchange.PowerLost();
        Context.Calls.PowerLost();
        Context.Printing.PowerLost();
        Context.Ecr.PowerLost();
        _suspended.Clear();
        _current = null;
    }

    /// <summary>Handles queued events until the queue is empty; returns how many were handled.</summary>
    public int RunUntilIdle()
    {
        var handled = 0;
        while (_attached && Queue.TryTake(out var evt))
        {
            Dispatch(evt);
            if (++handled >= MaxEventsPerRun)
                throw new InvalidOperationException($"more than {MaxEventsPerRun} events without rest: a loop in {ActivityName}");
        }
        return handled;
    }

    /// <summary>Queues every timer due by now, earliest first, and handles them.</summary>
    public void FireDueTimers()
    {
        foreach (var ticket in Timers.TakeDue(Context.Elapsed))
            Queue.Post(new TerminalEvent.TimerFired(ticket));
        RunUntilIdle();
    }

    internal void Go(Activity next)
    {
        var from = _current?.Name ?? "(power on)";
        Leave(from);
        if (_suspended.Count > 0)
        {
            Context.Log.Information("{To} abandons the suspended {Suspended}", next.Name, string.Join(", ", _suspended.Select(a => a.Name)));
            _suspended.Clear();
        }
        _current = next;
        Context.Log.Information("State {From} -> {To}", from, next.Name);
        Context.Ecr.Left(next);
        next.Enter(Context);
    }

    internal void Push(Activity child)
    {
        var parent = _current ?? throw new InvalidOperationException($"{child.Name} pushed with no activity to suspend");
        Leave(parent.Name);
        _suspended.Push(parent);
        _current = child;
        Context.Log.Information("State {From} -> {To} (pushed)", parent.Name, child.Name);
        child.Enter(Context);
    }

    internal void Return(ChildResult result)
    {
        var child = _current ?? throw new InvalidOperationException("Return with no current activity");
        if (_suspended.Count == 0)
            throw new InvalidOperationException($"{child.Name} returned {result} with nothing suspended to return to");
        Leave(child.Name);
        var parent = _suspended.Pop();
        _current = parent;
        Context.Log.Information("State {From} -> {To} (returned)", child.Name, parent.Name);
        parent.OnReturn(Context, child, result);
    }

    // The current activity stops being current: its timers die, and a request it awaits is abandoned.
    private void Leave(string activity)
    {
        Timers.CancelAll();
        Context.Exchange.ActivityLeft(activity);
    }

    /// <summary>
    /// Whatever a request was, an answer whose header asks for a sign-in (3), an A0 or an answer
    /// whose MAC fails means the working keys are stale: the next request signs in first.
    /// </summary>
    private void NoteSignInRequest(HostLinkResult result)
    {
        if (result.Request.Kind == HostMessageKind.SignIn)
            return;
        if (result.Outcome == HostLinkOutcome.BadMac || result.Response is { SignInRequested: true } or { ResponseCode: "A0" })
        {
            if (!Context.Session.SignInRequested)
                Context.Log.Warning("The host's answer to {Kind} trace {Trace:000000} asks for a new sign-in ({Outcome} {Code})",
                    result.Request.Kind, result.Request.Trace, result.Outcome, result.Response?.ResponseCode);
            Context.Session.SignInRequested = true;
        }
    }

    private void Dispatch(TerminalEvent evt)
    {
        var activity = _current;
        if (activity is null)
            return;
        try
        {
            switch (evt)
            {
                case TerminalEvent.KeyPressed k:
                    // Digits are not logged: they may be a PIN or a password.
                    Context.Log.Debug("Key {Key} in {Activity}", k.Key.IsDigit() ? "digit" : k.Key.Name(), activity.Name);
                    activity.OnKey(Context, k.Key);
                    break;
                case TerminalEvent.CardPresented c:
                    Context.Log.Information("Card {Card} presented in {Activity}", c.Card.ToString(), activity.Name);
                    Context.CardSlot.Presented(c.Card);
                    activity.OnCard(Context, c.Card);
                    break;
                case TerminalEvent.CardRemoved:
                    Context.Log.Information("Card removed in {Activity}", activity.Name);
                    Context.CardSlot.Removed();
                    activity.OnCardRemoved(Context);
                    break;
                case TerminalEvent.CardReadFailed f:
                    // The reader's reason says what went wrong with the read; it never holds card data.
                    Context.Log.Warning("Card read failed in {Activity}: {Reason}", activity.Name, f.Reason);
                    activity.OnCardReadFailed(Context, f.Reason);
                    break;
                case TerminalEvent.HostResult h:
                    NoteSignInRequest(h.Result);
                    Context.Exchange.OnResult(h.Result, activity.Name);
                    break;
                case TerminalEvent.EcrRequested e:
                    Context.Ecr.Received(e.Request, activity);
                    break;
                case TerminalEvent.PaperChanged p:
                    activity.OnPaper(Context, p.HasPaper);
                    break;
                case TerminalEvent.DeviceCallDone d:
                    Context.Calls.OnDone(d, Context, activity);
                    break;
                case TerminalEvent.TimerFired t:
                    Context.Log.Debug("Timer {Timer} fired in {Activity}", t.Ticket.Name, activity.Name);
                    // The host timer is the exchange's, a printer's answer limit the printing's; every other timer is the activity's.
                    if (!Context.Exchange.OnTimer(t.Ticket) && !Context.Printing.OnTimer(t.Ticket))
                        activity.OnTimer(Context, t.Ticket);
                    break;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A fault in one flow must not take the terminal down: log it, say so, and go somewhere safe.
            Context.Log.Error(ex, "Fault in {Activity} handling {Event}", activity.Name, evt.GetType().Name);
            Go(_flows.AfterFault(Context));
        }
    }

    private void OnKey(object? sender, Key key) => Queue.Post(new TerminalEvent.KeyPressed(key));
    private void OnCard(object? sender, CardData card) => Queue.Post(new TerminalEvent.CardPresented(card));
    private void OnCardRemoved(object? sender, EventArgs e) => Queue.Post(new TerminalEvent.CardRemoved());
    private void OnReadFailed(object? sender, string reason) => Queue.Post(new TerminalEvent.CardReadFailed(reason));
    private void OnEcr(object? sender, Ecr.EcrRequest request) => Queue.Post(new TerminalEvent.EcrRequested(request));
    private void OnPaper(object? sender, bool hasPaper) => Queue.Post(new TerminalEvent.PaperChanged(hasPaper));
    private void OnHost(object? sender, HostLinkResult result) => Queue.Post(new TerminalEvent.HostResult(result));
}
