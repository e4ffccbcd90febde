using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
using LakalaPos.Core.Flows.Menus;
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
public sealed class ReprintActivity : StepFlow<ReprintActivity, ReprintActivity.Step>
{
    public enum Step { Choose, Voucher }

    public static readonly FlowTable<ReprintActivity, Step> Flow =
        new FlowTable<ReprintActivity, Step>("Reprint",
                "Reprint (menu 7): the last receipt, any one by voucher, or the last settlement slip, marked as a reprint.", Step.Choose)
            .Step(Step.Choose, (_, ctx) => ChoiceScreen.Lines(ctx, Phrase.MenuReprint, Phrase.ReprintLast, Phrase.ReprintAny, Phrase.ReprintSettlementSlip), s => s
                .On(Key.D1).Then((_, ctx, _) => ctx.Go(ReprintLast(ctx)), Receipt, NoSuchTransaction, Unreadable)
                .On(Key.D2).To(Step.Voucher)
                .On(Key.D3).Then((_, ctx, _) => ctx.Go(ReprintSettlement(ctx)), "SlipPrint (settlement slip)", "home: no settlement slip"))
            .Step(Step.Voucher, (f, ctx) => [ctx.Say(Phrase.MenuReprint), ctx.Say(Phrase.EnterVoucher), f._voucher.Shown], s => s
                .Field(f => f._voucher)
                .On(Key.Enter).When("typed", (f, _) => f._voucher.Length > 0)
                    .Then((f, ctx, _) => ctx.Go(f.ReprintVoucher(ctx)), Receipt, NoSuchTransaction, Unreadable));

    private const string Receipt = "Receipt (reprint)";
    private const string NoSuchTransaction = "home: no such transaction";
    private const string Unreadable = "home: unreadable record, not printed";

    private readonly DigitEntry _voucher = new(6, masked: false);

    protected override FlowTable<ReprintActivity, Step> Table => Flow;

    private Activity ReprintVoucher(TerminalContext ctx)
    {
        var voucher = int.Parse(_voucher.Value, System.Globalization.CultureInfo.InvariantCulture);
        return VoucherLookup.Find(ctx, voucher) switch
        {
            { Unreadable: { } row } => RefuseUnreadable(ctx, row),
            var found => Reprint(ctx, found.Record is { } txn && IsPrintable(txn) ? txn : null),
        };
    }

    /// <summary>The newest printable record; a newer row that cannot be read is refused rather than skipped.</summary>
    private static Activity ReprintLast(TerminalContext ctx)
    {
        var batch = ctx.Journal.CurrentBatch();
        var txn = ctx.Journal.ListBatch(batch).FirstOrDefault(IsPrintable) ?? LastPrintable(ctx);
        return ctx.Journal.ListUnreadable(batch).FirstOrDefault() is { } row && (txn is null || row.Id > txn.Id)
            ? RefuseUnreadable(ctx, row)
            : Reprint(ctx, txn);
    }

    private static Activity RefuseUnreadable(TerminalContext ctx, UnreadableRecord row)
    {
        ctx.Log.Warning("Reprint of voucher {Voucher:000000} refused: the record cannot be read ({Problem:l})", row.Voucher, row.Problem);
        return Home.After(ctx, ctx.Say(Phrase.MenuReprint), ctx.Say(Phrase.UnknownRecordNotPrintable));
    }

    private static Activity Reprint(TerminalContext ctx, TransactionRecord? txn)
    {
        if (txn is null)
            return Home.After(ctx, ctx.Say(Phrase.MenuReprint), ctx.Say(Phrase.NoSuchTransaction));
        ctx.Log.Information("Reprint of voucher {Voucher:000000}", txn.Voucher);
        return new ReceiptActivity(txn.Id, reprint: true);
    }

    private static Activity ReprintSettlement(TerminalContext ctx)
    {
        if (ctx.Journal.LastSettlement() is not { } settlement)
            return Home.After(ctx, ctx.Say(Phrase.MenuReprint), ctx.Say(Phrase.NoSettlementSlip));
        return SettlementSlip.Print(settlement, reprint: true,
            (c, result) => result.Printed ? Home.For(c) : Home.After(c, c.Say(Phrase.MenuReprint), c.Say(Phrase.PaperOut)));
    }

    private static TransactionRecord? LastPrintable(TerminalContext ctx) => ctx.Journal.Last() is { } last && IsPrintable(last) ? last : null;

    /// <summary>Only what the host approved has a voucher (a sale voided later still has its own).</summary>
    private static bool IsPrintable(TransactionRecord txn) =>
        txn.Type != TransactionType.Balance && txn.Status is TransactionStatus.Approved or TransactionStatus.Voided;
}
