using LakalaPos.Core.Engine;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Prints one slip (a settlement slip, its reprint) and moves on with the result. While the slip
/// goes out the screen says so and keys do nothing; without a printer the result is
/// <see cref="Hardware.PrintOutcome.Failed"/> at once.
/// </summary>
public sealed class SlipPrintActivity(Phrase title, string what, Func<TerminalContext, int, IReadOnlyList<string>> layout, Func<TerminalContext, PrintResult, Activity> next) : Activity
{
    public override string Name => $"PrintSlip({what})";

    public override void Enter(TerminalContext ctx)
    {
        if (!ctx.Printing.HasPrinter)
        {
            ctx.Log.Warning("No printer: {What} not printed", what);
            ctx.Go(next(ctx, new PrintResult(Hardware.PrintOutcome.Failed, null)));
            return;
        }
        ctx.Show(Screen.Of(ctx.Say(title), ctx.Say(Phrase.Printing)));
        ctx.Printing.Print(what, layout(ctx, ctx.Printing.Columns), (c, result) => c.Go(next(c, result)));
    }

}
