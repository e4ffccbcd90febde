using System.Globalization;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;
using LakalaPos.Replay.Parsing;

namespace LakalaPos.Replay.Running;

/// <summary>Journal fields as <c>expect txn</c> and <c>save</c> see them.</summary>
public static class TransactionFields
{
    /// <summary>The field as text; null when the entry has no such value (e.g. no rrn on a declined sale).</summary>
    public static string? Read(TransactionRecord record, JournalField field) => field switch
    {
        JournalField.Voucher => SixDigits(record.Voucher),
        JournalField.Type => record.Type.ToString().ToUpperInvariant(),
        JournalField.Status => record.Status.ToString().ToUpperInvariant(),
        JournalField.Amount => Fen.Format(record.AmountFen),
        JournalField.Card => record.MaskedPan,
        JournalField.Operator => record.OperatorNo,
        JournalField.Rrn => record.Rrn,
        JournalField.Auth => record.AuthCode,
        JournalField.Batch => SixDigits(record.Batch),
        JournalField.OrigVoucher => record.OrigVoucher is { } orig ? SixDigits(orig) : null,
        JournalField.OrigRrn => record.OrigRrn,
        JournalField.OrigDate => record.OrigDate,
        JournalField.Reason => record.Reason?.ToString(CultureInfo.InvariantCulture),
        JournalField.Method => record.RefundMethod switch
        {
            RefundMethod.Original => "ORIGINAL",
            RefundMethod.Balance => "BALANCE",
            _ => null,
        },
        JournalField.Code => record.ResponseCode,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a journal field"),
    };

    /// <summary>
    /// Whether an actual value satisfies an expected one. Amounts compare as money (100 = 100.00);
    /// type, status and method ignore case; an empty expected value means "no value".
    /// </summary>
    public static bool Matches(JournalField field, string? actual, string expected)
    {
        if (actual is null)
            return expected.Length == 0;
        return field switch
        {
            JournalField.Amount => TryParseAmount(expected, out var want) && TryParseAmount(actual, out var have)
                ? want == have
                : string.Equals(actual, expected, StringComparison.Ordinal),
            JournalField.Type or JournalField.Status or JournalField.Method =>
                string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase),
            _ => string.Equals(actual, expected, StringComparison.Ordinal),
        };
    }

    private static bool TryParseAmount(string text, out long fen)
    {
        var negative = text.StartsWith('-');
        var ok = Fen.TryParseYuan(negative ? text[1..] : text, out fen);
        if (negative)
            fen = -fen;
        return ok;
    }

    private static string SixDigits(int number) => number.ToString("D6", CultureInfo.InvariantCulture);
}
