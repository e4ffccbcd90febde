using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Operators;
using LakalaPos.Profiles;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Security;
using LakalaPos.Journal.Tests.Support;
using LakalaPos.Terminal.Replay;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace LakalaPos.Core.Tests.Support;

/// <summary>
/// An engine on a manual clock, an in-memory journal and a <see cref="FakeHostLink"/>, started
/// in the activity a test gives it. Nothing runs unless the test says so (<see cref="Run"/>, <see cref="Advance"/>).
/// </summary>
internal sealed class TestTerminal : ILogEventSink
{
    public static readonly TimeSpan HostTimeout = TimeSpan.FromSeconds(60);
    public static readonly PanProtector Protector = new(Convert.FromHexString(TestKeys.DataKeyHex));

    private readonly List<string> _log = [];

    /// <param name="printer">The receipt printer, if the terminal has one.</param>
    /// <param name="work">Where device calls run: at once unless a test holds them (<see cref="HeldWork"/>).</param>
    public TestTerminal(IReceiptPrinter? printer = null, IBackgroundWork? work = null)
    {
        Journal = new InMemoryJournal(Clock);
        var devices = new TerminalDevices(Keys, Display, Cards, printer, Register);
        var options = new TerminalOptions { HostTimeout = HostTimeout, PanProtector = Protector };
        var log = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger();
        Engine = new TerminalEngine(devices, Journal, Link, options, Clock, log, LakalaPos.Core.Flows.TerminalFlows.StartingWith(_ => First ?? throw new InvalidOperationException("no first activity")), work);
    }

    public VirtualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.FromHours(8)));
    public InMemoryJournal Journal { get; }
    public FakeHostLink Link { get; } = new();
    public ShownScreens Display { get; } = new();
    public TestKeypad Keys { get; } = new();
    public TestCardReader Cards { get; } = new();

    /// <summary>The cash register on the terminal's ECR link.</summary>
    public TestEcrPort Register { get; } = new();
    public TerminalEngine Engine { get; }
    public TerminalContext Ctx => Engine.Context;
    /// <summary>Every log line, rendered; an exception logged with it follows on the same line.</summary>
    public IReadOnlyList<string> Log => _log;
    private Activity? First { get; set; }

    /// <summary>Powers on straight into <paramref name="first"/>.</summary>
    public TestTerminal Start(Activity first)
    {
        First = first;
        Engine.PowerOn();
        return this;
    }

    /// <summary>Handles what is queued (host results, timers that fired).</summary>
    public void Run() => Engine.RunUntilIdle();

    /// <summary>Time passes on both clocks; timers due by then fire.</summary>
    public void Advance(TimeSpan by)
    {
        Clock.Advance(by);
        Engine.FireDueTimers();
    }

    /// <summary>Keys pressed, each handled before the next.</summary>
    public void Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            Keys.Press(key);
            Run();
        }
    }

    /// <summary>Each digit pressed, as a cashier types a number.</summary>
    public void Type(string digits) => Press([.. digits.Select(KeyExtensions.FromDigit)]);

    public void Present(CardData card)
    {
        Cards.Present(card);
        Run();
    }

    public void RemoveCard()
    {
        Cards.Remove();
        Run();
    }

    /// <summary>The register asks, and the terminal handles it.</summary>
    public void RegisterAsks(Ecr.EcrRequest request)
    {
        Register.Ask(request);
        Run();
    }

    public void FailCardRead(string reason)
    {
        Cards.FailRead(reason);
        Run();
    }

    /// <summary>The host answers the last request sent with <paramref name="code"/>, and the answer is handled.</summary>
    public void HostAnswers(string code = "00") => HostAnswers(FakeHostLink.Response(code));

    /// <summary>The host answers the last request sent with <paramref name="response"/>, and the answer is handled.</summary>
    public void HostAnswers(HostResponse response)
    {
        Link.Answer(Link.LastSent, response);
        Run();
    }

    /// <summary>The operators a new terminal starts with (supervisor 00/123456, admin 99/12345678, cashiers 01-04/0000), as boot seeds them.</summary>
    public TestTerminal WithOperators()
    {
        OperatorRules.SeedIfEmpty(Journal);
        return this;
    }

    /// <summary>The screen now, as one text per line.</summary>
    public IReadOnlyList<string> ScreenLines => Display.Last?.Lines ?? [];

    // A logged exception is kept on its line, as a file sink writes it under the message.
    void ILogEventSink.Emit(LogEvent logEvent) =>
        _log.Add(logEvent.Exception is { } ex ? $"{logEvent.RenderMessage()} {ex.GetType().Name}: {ex.Message}" : logEvent.RenderMessage());

}

/// <summary>A display that keeps what it was shown.</summary>
internal sealed class ShownScreens : IDisplay
{
    public List<Screen> Shown { get; } = [];
    public int Columns => 32;
    public Screen? Last => Shown.Count == 0 ? null : Shown[^1];
    public void Show(Screen screen) => Shown.Add(screen);
}
