using LakalaPos.Core.Ecr;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Receipts;

/// <summary>
/// Everything a transaction receipt (签购单) prints, already in the terms of the slip. Build it
/// with <see cref="FromTransaction"/> from a journal record; <see cref="ReceiptBuilder"/> checks it
/// and lays it out.
/// </summary>
public sealed partial record ReceiptData
{
    public const string DefaultTitle = "POS签购单 POS SALES SLIP";

    public string Title { get; init; } = DefaultTitle;
    public required ReceiptCopy Copy { get; init; }

    public required string MerchantName { get; init; }

    /// <summary>15 characters.</summary>
    public required string MerchantNo { get; init; }

    /// <summary>8 characters.</summary>
    public required string TerminalNo { get; init; }

    public required string OperatorNo { get; init; }

    /// <summary>First 6 and last 4 digits at most; a receipt refuses anything that shows more.</summary>
    public required string MaskedPan { get; init; }

    /// <summary>Printed after the card number as S, I, C or M; nothing when unknown.</summary>
    public EntryMode? EntryMode { get; init; }

    /// <summary>Sale, Void or Refund; a balance inquiry has no receipt.</summary>
    public required TransactionType Type { get; init; }

    /// <summary>YYMM as on the card, printed YY/MM.</summary>
    public string? ExpiryYyMm { get; init; }

    public required int Batch { get; init; }
    public required int Voucher { get; init; }
    public string? AuthCode { get; init; }
    public string? ReferenceNo { get; init; }

    /// <summary>Terminal local time of the transaction, printed as it reads (no time-zone conversion).</summary>
    public required DateTimeOffset LocalTime { get; init; }

    /// <summary>The transaction amount in fen, never negative; the sign on the slip comes from the type.</summary>
    public required long AmountFen { get; init; }

    /// <summary>Voids and refunds print "RMB -12.34" unless the 系统管理 parameter turns the sign off.</summary>
    public bool NegativeSignOnCredits { get; init; } = true;

    /// <summary>The cash register's order number, printed with the order's goods; null for a transaction without an order.</summary>
    public string? OrderNo { get; init; }

    /// <summary>
    /// The order's goods as the journal keeps them: a sale's items, or the items a refund gives
    /// back. Null or empty prints no goods (a void of an order prints its order number only).
    /// </summary>
    public IReadOnlyList<OrderItem>? Items { get; init; }

    /// <summary>备注 lines, e.g. the original voucher and reason of a void.</summary>
    public IReadOnlyList<string> Remarks { get; init; } = [];

    /// <summary>A reprint (重打印): marked "重打印 DUPLICATED".</summary>
    public bool Reprint { get; init; }

    /// <summary>Printed by a test hardware profile: marked "测试 凭证无效".</summary>
    public bool TestProfile { get; init; }

    // The record's generated ToString would print every field; a receipt needs no more than
    // this in a log line, and it keeps a wrongly filled card number out of the log.
    public override string ToString() => $"{Type} receipt voucher {Voucher:D6} batch {Batch:D6} ({Copy})";
}
