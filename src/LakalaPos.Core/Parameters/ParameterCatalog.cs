using System.Globalization;
using LakalaPos.Core.Money;

namespace LakalaPos.Core.Parameters;

/// <summary>Every parameter of spec section 7 (系统管理), with defaults and validation, in one table.</summary>
public static class ParameterCatalog
{
    public const string MerchantNo = "merchantNo";
    public const string TerminalNo = "terminalNo";
    public const string MerchantName = "merchantName";
    public const string HostAddress = "hostAddress";
    public const string Tpdu = "tpdu";
    public const string VoidCardRequired = "voidCardRequired";
    public const string VoidPinRequired = "voidPinRequired";
    public const string VoidSameDayOnly = "voidSameDayOnly";
    public const string MaxRefundAmount = "maxRefundAmount";
    public const string QpsNoPinLimit = "qpsNoPinLimit";
    public const string ReceiptCopies = "receiptCopies";
    public const string NegativeSign = "negativeSign";
    public const string Language = "language";
    public const string ReversalRetries = "reversalRetries";

    /// <summary>Batch and trace numbers are kept as journal counters, but set through 系统管理 like the rest.</summary>
    public const string BatchNo = "batchNo";
    public const string TraceNo = "traceNo";

    public static readonly IReadOnlyList<ParameterDefinition> All =
    [
        new(MerchantNo, "898310048990001", "15 digits", v => IsDigits(v, 15, 15)),
        new(TerminalNo, "10000001", "8 digits", v => IsDigits(v, 8, 8)),
        new(MerchantName, "拉卡拉测试商户", "1-40 characters, not blank", v => v.Trim().Length is >= 1 and <= 40 && v.Length <= 40),
        new(HostAddress, "127.0.0.1:5800", "HOST:PORT", v => Host.HostAddressText.TrySplit(v, out _, out _)),
        new(Tpdu, "6000030000", "10 hex digits starting 60", v => v.Length == 10 && v.StartsWith("60", StringComparison.Ordinal) && v.All(char.IsAsciiHexDigit)),
        new(VoidCardRequired, "true", "true or false", IsBool),
        new(VoidPinRequired, "false", "true or false", IsBool),
        new(VoidSameDayOnly, "true", "true or false", IsBool),
        new(MaxRefundAmount, "100000.00", "an amount in yuan, e.g. 100000.00", v => Fen.TryParseYuan(v, out var f) && f > 0),
        new(QpsNoPinLimit, "1000.00", "an amount in yuan, e.g. 1000.00", v => Fen.TryParseYuan(v, out _)),
        new(ReceiptCopies, "2", "1, 2 or 3", v => v is "1" or "2" or "3"),
        new(NegativeSign, "true", "true or false (a minus sign on void and refund amounts)", IsBool),
        new(Language, "zh", "zh or en", v => v is "zh" or "en"),
        new(ReversalRetries, "3", "1-9", v => v.Length == 1 && v[0] is >= '1' and <= '9'),
        new(BatchNo, "000001", "1-999999", v => IsDigits(v, 1, 6) && int.Parse(v, CultureInfo.InvariantCulture) > 0),
        new(TraceNo, "000001", "1-999999 (the next voucher number)", v => IsDigits(v, 1, 6) && int.Parse(v, CultureInfo.InvariantCulture) > 0),
    ];

    /// <summary>
    /// A change of these means new working keys: the host keys them by merchant and terminal number,
    /// and another address or TPDU may be another host. The next request signs in first.
    /// </summary>
    public static bool NeedsSignIn(string name) => name is MerchantNo or TerminalNo or HostAddress or Tpdu;

    public static ParameterDefinition? Find(string name) => All.FirstOrDefault(p => p.Name == name);

    private static bool IsBool(string v) => v is "true" or "false";

    private static bool IsDigits(string v, int min, int max) => v.Length >= min && v.Length <= max && v.All(char.IsAsciiDigit);
}
