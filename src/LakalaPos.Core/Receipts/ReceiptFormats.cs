using System.Globalization;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;

namespace LakalaPos.Core.Receipts;

/// <summary>How values read on a slip; shared by every slip so they all print alike.</summary>
public static class ReceiptFormats
{
    /// <summary>"YYYY/MM/DD hh:mm:ss" in the time's own offset (terminal local time).</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.ToString("yyyy'/'MM'/'dd HH':'mm':'ss", CultureInfo.InvariantCulture);

    /// <summary>Batch and voucher numbers: 6 digits with leading zeros.</summary>
    public static string SixDigits(int number) => number.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Masked card number followed by the entry-mode letter: "622202*********3446 I".</summary>
    public static string CardNumber(string maskedPan, EntryMode? entryMode) =>
        entryMode is { } mode ? $"{maskedPan} {mode.ReceiptLetter()}" : maskedPan;

    /// <summary>Card expiry YYMM printed as YY/MM; empty when unknown.</summary>
    public static string Expiry(string? yymm) =>
        yymm is { Length: 4 } ? $"{yymm[..2]}/{yymm[2..]}" : "";

    /// <summary>"RMB 12.34"; with <paramref name="negative"/> "RMB -12.34".</summary>
    public static string Amount(long fen, bool negative) => "RMB " + Fen.Format(negative ? -Math.Abs(fen) : Math.Abs(fen));

    /// <summary>An item's quantity and unit price, indented under its name: "  2 x 3.50".</summary>
    public static string ItemQuantity(int quantity, long unitPriceFen) =>
        string.Create(CultureInfo.InvariantCulture, $"  {quantity} x {Fen.Format(unitPriceFen)}");

    /// <summary>Voids and refunds give money back, so they may print with a minus sign.</summary>
    public static bool IsCredit(TransactionType type) => type is TransactionType.Void or TransactionType.Refund;
}
