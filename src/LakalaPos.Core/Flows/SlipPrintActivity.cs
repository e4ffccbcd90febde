using LakalaPos.Core.Engine;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Prints one slip (a settlement slip, its reprint) and moves on with the result. While the slip
/// goes out the screen says so and keys do nothing; without a printer the result is
/// <see cref="Hardware.PrintOutcome.Failed"/> at once.
/// </summary>
public sealed class SlipPrintActivity(string title, string what, Func<TerminalContext, int, IReadOnlyList<string>> layout, Func<TerminalContext, PrintResult, Activity> next) : Activity
{
    private TimerTicket? _timer;

    public override string Name => $"PrintSlip({what})";

    public override void Enter(TerminalContext ctx)
    {
        if (!ctx.Printing.HasPrinter)
        {
            ctx.Log.Warning("No printer: {What} not printed", what);
            ctx.Go(next(ctx, new PrintResult(Hardware.PrintOutcome.Failed, null)));
            return;
        }
        ctx.Show(Screen.Of(title, Prompts.Printing));
        _timer = ctx.StartTimer("printer answer", ReceiptPrinting.AnswerLimit);
        ctx.Printing.Print(what, layout(ctx, ctx.Printing.Columns), (c, result) => c.Go(next(c, result)));
    }

    /// <summary>A printer that never answers: the slip counts as not printed (it can be reprinted), and the terminal goes on.</summary>
    public override void OnTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (ticket != _timer)
            return;
        ctx.Log.Error("{What}: the printer did not answer within {Seconds:0} s", what, ReceiptPrinting.AnswerLimit.TotalSeconds);
        ctx.Go(next(ctx, new PrintResult(Hardware.PrintOutcome.Failed, new TimeoutException("no answer from the printer"))));
    }
}
