namespace LakalaPos.Core.Receipts;

/// <summary>Which part (联) of a multi-copy receipt this is.</summary>
public enum ReceiptCopy
{
    /// <summary>商户存根: kept by the merchant, signed by the cardholder. Always the first copy.</summary>
    Merchant,

    /// <summary>持卡人存根: handed to the cardholder.</summary>
    Cardholder,

    /// <summary>银行存根: for the acquiring bank, printed only when three copies are configured.</summary>
    Bank,
}

public static class ReceiptCopies
{
    /// <summary>The name printed under the title.</summary>
    public static string PrintedName(this ReceiptCopy copy) => copy switch
    {
        ReceiptCopy.Merchant => "商户存根 MERCHANT COPY",
        ReceiptCopy.Cardholder => "持卡人存根 CARDHOLDER COPY",
        ReceiptCopy.Bank => "银行存根 BANK COPY",
        _ => throw new ArgumentOutOfRangeException(nameof(copy), copy, "unknown receipt copy"),
    };

    /// <summary>
    /// The copies to print, in order, for the "receipt copies" parameter (1-3): the merchant
    /// copy first (the cardholder signs it while waiting), then the cardholder's, then the bank's.
    /// </summary>
    public static IReadOnlyList<ReceiptCopy> ForCount(int copies) => copies switch
    {
        1 => [ReceiptCopy.Merchant],
        2 => [ReceiptCopy.Merchant, ReceiptCopy.Cardholder],
        3 => [ReceiptCopy.Merchant, ReceiptCopy.Cardholder, ReceiptCopy.Bank],
        _ => throw new ArgumentOutOfRangeException(nameof(copies), copies, "receipt copies must be 1, 2 or 3"),
    };
}
