using System.Diagnostics.CodeAnalysis;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Receipts;

/// <summary>What a receipt's data must satisfy before it is laid out. Messages name the field, never a card number.</summary>
internal static class ReceiptDataRules
{
    private const int MaxVisiblePanDigits = 10;

    public static void Check(ReceiptData data)
    {
        if (data.Type is not (TransactionType.Sale or TransactionType.Void or TransactionType.Refund))
            Fail(nameof(data.Type), $"a {data.Type} has no receipt; only sale, void and refund do");
        RequireText(data.Title, nameof(data.Title));
        RequireText(data.MerchantName, nameof(data.MerchantName));
        RequireLength(data.MerchantNo, 15, nameof(data.MerchantNo), "merchant number");
        RequireLength(data.TerminalNo, 8, nameof(data.TerminalNo), "terminal number");
        RequireText(data.OperatorNo, nameof(data.OperatorNo));
        CheckMaskedPan(data.MaskedPan);

        if (data.ExpiryYyMm is { Length: > 0 } expiry && (expiry.Length != 4 || !expiry.All(char.IsAsciiDigit)))
            Fail(nameof(data.ExpiryYyMm), "expiry must be YYMM (4 digits)");
        if (data.Batch is < 0 or > 999_999)
            Fail(nameof(data.Batch), $"batch number {data.Batch} does not fit 6 digits");
        if (data.Voucher is < 0 or > 999_999)
            Fail(nameof(data.Voucher), $"voucher number {data.Voucher} does not fit 6 digits");
        if (data.AmountFen < 0)
            Fail(nameof(data.AmountFen), "amount must not be negative; the sign of a void or refund comes from its type");
        if (data.Remarks is null || data.Remarks.Any(r => r is null))
            Fail(nameof(data.Remarks), "remarks must be a list of text lines");
        CheckOrder(data);
    }

    private static void CheckOrder(ReceiptData data)
    {
        if (data.Items is not { Count: > 0 } items)
            return;
        if (string.IsNullOrWhiteSpace(data.OrderNo))
            Fail(nameof(data.Items), "items are printed with their order number, and there is none");
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item || string.IsNullOrWhiteSpace(item.Name))
                Fail(nameof(data.Items), $"item {i + 1} has no name");
            else if (item.Quantity < 1 || item.UnitPriceFen < 0)
                Fail(nameof(data.Items), $"item {i + 1} (\"{item.Name}\") has quantity {item.Quantity} at {item.UnitPriceFen} fen");
        }
    }

    // The receipt is the last line of defence of "never a full PAN on paper" (spec section 11).
    private static void CheckMaskedPan(string maskedPan)
    {
        if (string.IsNullOrEmpty(maskedPan) || !maskedPan.All(c => char.IsAsciiDigit(c) || c == '*'))
            Fail(nameof(ReceiptData.MaskedPan), "card number must be digits and '*' only");
        if (maskedPan.Count(char.IsAsciiDigit) > MaxVisiblePanDigits)
            Fail(nameof(ReceiptData.MaskedPan), "card number must be masked: at most the first 6 and last 4 digits may show");
    }

    private static void RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
            Fail(field, $"{field} must not be empty");
    }

    private static void RequireLength(string? value, int length, string field, string what)
    {
        if (value is null || value.Length != length || !value.All(char.IsAsciiLetterOrDigit))
            Fail(field, $"{what} must be {length} letters or digits, got {value?.Length ?? 0} characters");
    }

    [DoesNotReturn]
    private static void Fail(string field, string message) => throw new ArgumentException(message, field);
}
