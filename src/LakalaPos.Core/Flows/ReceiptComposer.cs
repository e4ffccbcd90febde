using LakalaPos.Core.Engine;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Flows;

/// <summary>Turns a journaled transaction into the printed lines of one receipt copy.</summary>
public static class ReceiptComposer
{
    public static IReadOnlyList<string> Compose(TerminalContext ctx, TransactionRecord txn, int copyIndex, bool reprint, int columns)
    {
        // TEMPORARY until the receipt layout lands.
        return ["POS签购单 POS SALES SLIP", $"copy {copyIndex + 1}", txn.MaskedPan ?? "", $"RMB {Money.Fen.Format(txn.AmountFen)}", reprint ? "重打印 DUPLICATED" : ""];
    }
}

/// <summary>The slip printed when a reversal failed for good: marked as not a voucher.</summary>
public static class FaultSlip
{
    public static void Print(TerminalContext ctx, TransactionRecord txn)
    {
        ctx.Devices.Printer?.Print(["冲正失败 REVERSAL FAILED", "非交易凭证 NOT A VOUCHER", $"凭证号 {txn.Voucher:000000}", $"RMB {Money.Fen.Format(txn.AmountFen)}"]);
    }
}
