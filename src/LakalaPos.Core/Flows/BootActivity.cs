using LakalaPos.Core.Engine;
using LakalaPos.Core.Operators;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Power on: self-test of the devices (a failed one is named on screen and in the log; a missing
/// printer stops printing, not the terminal), journal recovery, then the sign-in prompt.
/// </summary>
public sealed class BootActivity : Activity
{
    private TimerTicket? _timer;

    public override string Name => "Boot";

    public override void Enter(TerminalContext ctx)
    {
        OperatorRules.SeedIfEmpty(ctx.Journal);
        JournalRecovery.Run(ctx);
        var lines = new List<string> { "拉卡拉 POS", "设备自检" };
        lines.AddRange(SelfTest(ctx));
        ctx.Show(new Screen(lines));
        _timer = ctx.StartTimer("boot", ctx.Options.BootDuration);
    }

    public override void OnTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (ticket == _timer)
            ctx.Go(FirstBootPasswordsActivity.Needed(ctx) ? new FirstBootPasswordsActivity() : new SignInActivity());
    }

    private static IEnumerable<string> SelfTest(TerminalContext ctx)
    {
        var printer = ctx.Devices.Printer;
        if (printer is null)
        {
            ctx.Log.Warning("Self-test: no receipt printer; the terminal will not print");
            yield return "打印机未连接";
        }
        else if (!printer.HasPaper)
        {
            ctx.Log.Warning("Self-test: printer has no paper");
            yield return Prompts.PaperOut;
        }
        else
        {
            ctx.Log.Information("Self-test: printer ready, {Columns} columns", printer.Columns);
        }
        ctx.Log.Information("Self-test: display {Columns} columns, keypad and card reader present", ctx.Devices.Display.Columns);
        yield return "自检完成";
    }
}
