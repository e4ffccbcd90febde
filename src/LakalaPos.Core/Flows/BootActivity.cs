using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Operators;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Power on: journal recovery, then "设备自检": every device that has a self-test is asked as a
/// device call (<see cref="ISelfTest"/>; the others count as ready), and each one that is not
/// ready is named on screen and in the log — the terminal goes on without it (a missing printer
/// stops printing, not the terminal). The sign-in prompt comes when the boot time has passed and
/// every device has answered, or <see cref="SelfTestLimit"/> after power on (a device silent
/// that long is named as not answering).
/// </summary>
public sealed class BootActivity : Activity
{
    /// <summary>The longest boot waits for a device's self-test.</summary>
    public static readonly TimeSpan SelfTestLimit = TimeSpan.FromSeconds(10);

    private readonly List<BootDevice> _devices = [];
    private TimerTicket? _bootTimer;
    private TimerTicket? _limitTimer;
    private bool _bootTimeOver;

    public override string Name => "Boot";

    private sealed class BootDevice(string role, Phrase title)
    {
        public string Role { get; } = role;
        public Phrase Title { get; } = title;
        public DeviceHealth? Health { get; set; }
    }

    public override void Enter(TerminalContext ctx)
    {
        OperatorRules.SeedIfEmpty(ctx.Journal);
        JournalRecovery.Run(ctx);
        _bootTimer = ctx.StartTimer("boot", ctx.Options.BootDuration);
        _limitTimer = ctx.StartTimer("self-test limit", SelfTestLimit);
        var devices = ctx.Devices;
        Test(ctx, "display", Phrase.DeviceDisplay, devices.Display);
        Test(ctx, "keypad", Phrase.DeviceKeypad, devices.Keypad);
        Test(ctx, "card reader", Phrase.DeviceCardReader, devices.CardReader);
        if (devices.Printer is { } printer)
        {
            Test(ctx, "printer", Phrase.DevicePrinter, printer);
        }
        else
        {
            ctx.Log.Warning("Self-test: no receipt printer; the terminal will not print");
            _devices.Add(new BootDevice("printer", Phrase.DevicePrinter) { Health = new DeviceHealth(DeviceState.NotConnected, "none in the profile") });
        }
        Render(ctx);
    }

    public override void OnTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (ticket == _bootTimer)
        {
            _bootTimeOver = true;
            GoOnWhenDone(ctx);
        }
        else if (ticket == _limitTimer)
        {
            foreach (var device in _devices.Where(d => d.Health is null))
            {
                device.Health = new DeviceHealth(DeviceState.Faulty, $"no self-test answer within {SelfTestLimit.TotalSeconds:0} s");
                ctx.Log.Warning("Self-test: {Device} did not answer within {Seconds:0} s", device.Role, SelfTestLimit.TotalSeconds);
            }
            Render(ctx);
            GoOnWhenDone(ctx);
        }
    }

    private void Test(TerminalContext ctx, string role, Phrase title, object device)
    {
        var entry = new BootDevice(role, title);
        _devices.Add(entry);
        if (device is not ISelfTest selfTest)
        {
            entry.Health = DeviceHealth.Ready("present (no self-test)");
            ctx.Log.Information("Self-test: {Device} present", role);
            return;
        }
        ctx.Calls.Run($"self-test: {role}", selfTest.CheckHealth, (c, result) => Tested(c, entry, result));
    }

    private void Tested(TerminalContext ctx, BootDevice device, CallResult<DeviceHealth> result)
    {
        if (device.Health is not null)
            return;
        device.Health = result.Value ?? new DeviceHealth(DeviceState.Faulty, $"self-test failed: {result.Fault?.Message}");
        if (device.Health.IsReady)
            ctx.Log.Information("Self-test: {Device} ready ({Detail})", device.Role, device.Health.Detail);
        else
            ctx.Log.Warning("Self-test: {Device} {State} ({Detail})", device.Role, device.Health.State, device.Health.Detail);
        Render(ctx);
        GoOnWhenDone(ctx);
    }

    private void GoOnWhenDone(TerminalContext ctx)
    {
        if (!_bootTimeOver || _devices.Any(d => d.Health is null))
            return;
        ctx.Go(FirstBootPasswordsActivity.Needed(ctx) ? new FirstBootPasswordsActivity() : new SignInActivity());
    }

    private void Render(TerminalContext ctx)
    {
        var lines = new List<string> { ctx.Say(Phrase.BootBrand), ctx.Say(Phrase.SelfTest) };
        foreach (var device in _devices)
        {
            if (device.Health is { IsReady: false } health)
                lines.Add(Problem(ctx, ctx.Say(device.Title), health.State));
        }
        lines.Add(_devices.Any(d => d.Health is null) ? ctx.Say(Phrase.SelfTesting) : ctx.Say(Phrase.SelfTestDone));
        ctx.Show(new Screen(lines));
    }

    private static string Problem(TerminalContext ctx, string title, DeviceState state) => state switch
    {
        DeviceState.PaperOut => ctx.Say(Phrase.PaperOut),
        DeviceState.NotConnected => ctx.Say(Phrase.DeviceNotConnected, title),
        _ => ctx.Say(Phrase.DeviceFaulty, title),
    };
}
