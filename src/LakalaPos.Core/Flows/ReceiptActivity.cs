using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Prints the receipt copies of an approved transaction (spec section 8): "交易成功" and the first
/// copy; with more copies "按确认打印第二联" — ENTER prints it, CANCEL skips, after 10 s it prints by
/// itself; then idle. Each printed copy is journaled, so a power cut never loses track of what
/// came out. Paper out: "打印机缺纸", the copy is kept and printed when paper is back (ENTER).
/// A copy prints as a device call: while it goes out the screen says so ("正在打印") and keys do
/// nothing; its result moves the activity on.
/// </summary>
public sealed class ReceiptActivity(long transactionId, bool reprint) : Activity
{
    private enum Step { Printing, NextCopy, PaperOut }

    private Step _step;
    private TimerTicket? _nextCopyTimer;
    private int _copy;

    public override string Name => $"Receipt/{_step}";

    public override void Enter(TerminalContext ctx)
    {
        var txn = Load(ctx);
        // A reprint starts again from the first copy; a first print resumes where a power cut or paper-out left it.
        _copy = reprint ? 0 : txn.PrintedCopies;
        PrintCopy(ctx);
    }

    public override void OnKey(TerminalContext ctx, Key key)
    {
        switch (_step, key)
        {
            case (Step.NextCopy, Key.Enter):
                PrintCopy(ctx);
                break;
            case (Step.NextCopy, Key.Cancel):
                ctx.Log.Information("Receipt copy {Copy} skipped by the operator", _copy + 1);
                ctx.Go(Home.For(ctx, ResultLines(ctx, Load(ctx))));
                break;
            case (Step.PaperOut, Key.Enter):
                PrintCopy(ctx);
                break;
            case (Step.PaperOut, Key.Cancel):
                ctx.Log.Warning("Receipt copy {Copy} of transaction {Id} left unprinted (paper out); it can be reprinted (menu 7)", _copy + 1, transactionId);
                ctx.Go(Home.For(ctx));
                break;
        }
    }

    public override void OnPaper(TerminalContext ctx, bool hasPaper)
    {
        if (_step == Step.PaperOut && hasPaper)
            ctx.Show(Screen.Of(ctx.Say(Phrase.PaperOut), ctx.Say(Phrase.PaperLoaded)));
    }

    public override void OnTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (ticket == _nextCopyTimer && _step == Step.NextCopy)
            PrintCopy(ctx);
    }

    private void PrintCopy(TerminalContext ctx)
    {
        var txn = Load(ctx);
        if (!ctx.Printing.HasPrinter)
        {
            ctx.Log.Warning("No printer: receipt of voucher {Voucher:000000} not printed", txn.Voucher);
            ctx.Go(Home.After(ctx, ctx.Say(Phrase.Approved), ctx.Say(Phrase.NoPrinter)));
            return;
        }
        IReadOnlyList<string> lines;
        try
        {
            lines = ReceiptComposer.Compose(ctx, txn, _copy, reprint, ctx.Printing.Columns);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            PrintFailed(ctx, txn, ex);
            return;
        }
        _step = Step.Printing;
        ctx.LogStep("Receipt", "Printing");
        // The screen says what the terminal is doing while the copy goes out; keys wait for the paper.
        ctx.Show(new Screen([.. ResultLines(ctx, txn), ctx.Say(Phrase.Printing)]));
        ctx.Printing.Print($"receipt copy {_copy + 1} of voucher {txn.Voucher:000000}", lines, (c, result) => Printed(c, result));
    }

    private void Printed(TerminalContext ctx, PrintResult result)
    {
        var txn = Load(ctx);
        if (result.Fault is { } fault)
        {
            PrintFailed(ctx, txn, fault);
            return;
        }
        if (!result.Printed)
        {
            _step = Step.PaperOut;
            ctx.LogStep("Receipt", $"PaperOut ({result.Outcome})");
            ctx.Show(Screen.Of(ctx.Say(Phrase.PaperOut), ctx.Say(Phrase.LoadPaper)));
            return;
        }
        var copies = ctx.Parameters.ReceiptCopies;
        _copy++;
        if (!reprint)
            ctx.Journal.Write($"receipt copy {_copy} printed", txn with { PrintedCopies = Math.Max(txn.PrintedCopies, _copy) });
        ctx.Log.Information("Receipt copy {Copy}/{Copies} of voucher {Voucher:000000} printed", _copy, copies, txn.Voucher);
        var shown = ResultLines(ctx, txn);
        if (_copy >= copies)
        {
            ctx.Go(copies == 1 ? Home.After(ctx, shown) : Home.For(ctx, shown));
            return;
        }
        _step = Step.NextCopy;
        ctx.LogStep("Receipt", "NextCopy");
        ctx.Show(new Screen([.. shown, ctx.Say(Phrase.PrintNextCopy, CopyNumeral(ctx, _copy + 1))]));
        _nextCopyTimer = ctx.StartTimer("next-copy", ctx.Options.NextCopyDelay);
    }

    /// <summary>
    /// The money has moved: whatever went wrong with the paper, the screen must say the
    /// transaction stands, or the cashier may run it again.
    /// </summary>
    private void PrintFailed(TerminalContext ctx, TransactionRecord txn, Exception ex)
    {
        ctx.Log.Error("Receipt copy {Copy} of voucher {Voucher:000000} could not be printed: {Error} ({Type})",
            _copy + 1, txn.Voucher, ex.Message, ex.GetType().Name);
        ctx.Go(Home.After(ctx, reprint ? ctx.Say(Phrase.MenuReprint) : ctx.Say(Phrase.Approved), ctx.Say(Phrase.PrintFailed)));
    }

    /// <summary>"交易成功", and for a refund the merchant account balance when the host returned one.</summary>
    private string[] ResultLines(TerminalContext ctx, TransactionRecord txn) => reprint
        ? [ctx.Say(Phrase.MenuReprint)]
        : txn is { Type: TransactionType.Refund, BalanceFen: { } balance }
            ? [ctx.Say(Phrase.Approved), $"{ctx.Say(Phrase.MerchantBalance)} {Money.Fen.Format(balance)}"]
            : [ctx.Say(Phrase.Approved)];

    private TransactionRecord Load(TerminalContext ctx) =>
        ctx.Journal.Find(transactionId) ?? throw new InvalidOperationException($"transaction {transactionId} is not in the journal");

    private static string CopyNumeral(TerminalContext ctx, int copy) => copy switch
    {
        2 => ctx.Say(Phrase.CopyTwo),
        3 => ctx.Say(Phrase.CopyThree),
        _ => copy.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
