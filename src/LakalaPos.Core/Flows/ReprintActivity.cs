using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Input;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// 重打印 (menu 7): 1 the last transaction, 2 any one by voucher number, 3 the settlement slip.
/// Reprints say "重打印 DUPLICATED". A receipt a power cut or paper-out kept from printing comes
/// back this way. A row the software cannot read ("未知记录") is refused, never printed.
/// </summary>
public sealed class ReprintActivity : PromptActivity
{
    private enum Step { Choose, Voucher }

    private Step _step;
    private readonly DigitEntry _voucher = new(6, masked: false);

    public override string Name => $"Reprint/{_step}";

    public override void Enter(TerminalContext ctx)
    {
        RestartPromptTimer(ctx);
        Render(ctx);
    }

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        switch (_step)
        {
            case Step.Choose when key == Key.D1:
                ReprintLast(ctx);
                break;
            case Step.Choose when key == Key.D2:
                _step = Step.Voucher;
                ctx.LogStep("Reprint", "Voucher");
                Render(ctx);
                break;
            case Step.Choose when key == Key.D3:
                ReprintSettlement(ctx);
                break;
            case Step.Voucher when _voucher.Accept(key):
                Render(ctx);
                break;
            case Step.Voucher when key == Key.Enter && _voucher.Length > 0:
                var voucher = int.Parse(_voucher.Value, System.Globalization.CultureInfo.InvariantCulture);
                switch (VoucherLookup.Find(ctx, voucher))
                {
                    case { Unreadable: { } row }:
                        RefuseUnreadable(ctx, row);
                        break;
                    case var found:
                        Reprint(ctx, found.Record is { } txn && IsPrintable(txn) ? txn : null);
                        break;
                }
                break;
        }
    }

    /// <summary>The newest printable record; a newer row that cannot be read is refused rather than skipped.</summary>
    private static void ReprintLast(TerminalContext ctx)
    {
        var batch = ctx.Journal.CurrentBatch();
        var txn = ctx.Journal.ListBatch(batch).FirstOrDefault(IsPrintable) ?? LastPrintable(ctx);
        if (ctx.Journal.ListUnreadable(batch).FirstOrDefault() is { } row && (txn is null || row.Id > txn.Id))
            RefuseUnreadable(ctx, row);
        else
            Reprint(ctx, txn);
    }

    private static void RefuseUnreadable(TerminalContext ctx, UnreadableRecord row)
    {
        ctx.Log.Warning("Reprint of voucher {Voucher:000000} refused: the record cannot be read ({Problem:l})", row.Voucher, row.Problem);
        ctx.Go(Home.After(ctx, ctx.Say(Phrase.MenuReprint), ctx.Say(Phrase.UnknownRecordNotPrintable)));
    }

    private static void Reprint(TerminalContext ctx, TransactionRecord? txn)
    {
        if (txn is null)
        {
            ctx.Go(Home.After(ctx, ctx.Say(Phrase.MenuReprint), ctx.Say(Phrase.NoSuchTransaction)));
            return;
        }
        ctx.Log.Information("Reprint of voucher {Voucher:000000}", txn.Voucher);
        ctx.Go(new ReceiptActivity(txn.Id, reprint: true));
    }

    private static void ReprintSettlement(TerminalContext ctx)
    {
        if (ctx.Journal.LastSettlement() is not { } settlement)
        {
            ctx.Go(Home.After(ctx, ctx.Say(Phrase.MenuReprint), ctx.Say(Phrase.NoSettlementSlip)));
            return;
        }
        ctx.Go(SettlementSlip.Print(settlement, reprint: true,
            (c, result) => result.Printed ? Home.For(c) : Home.After(c, c.Say(Phrase.MenuReprint), c.Say(Phrase.PaperOut))));
    }

    private static TransactionRecord? LastPrintable(TerminalContext ctx) => ctx.Journal.Last() is { } last && IsPrintable(last) ? last : null;

    /// <summary>Only what the host approved has a voucher (a sale voided later still has its own).</summary>
    private static bool IsPrintable(TransactionRecord txn) =>
        txn.Type != TransactionType.Balance && txn.Status is TransactionStatus.Approved or TransactionStatus.Voided;

    private void Render(TerminalContext ctx) => ctx.Show(_step == Step.Choose
        ? Screen.Of(ctx.Say(Phrase.MenuReprint), $"1 {ctx.Say(Phrase.ReprintLast)}", $"2 {ctx.Say(Phrase.ReprintAny)}", $"3 {ctx.Say(Phrase.ReprintSettlementSlip)}")
        : Screen.Of(ctx.Say(Phrase.MenuReprint), ctx.Say(Phrase.EnterVoucher), _voucher.Shown));
}
