namespace LakalaPos.Iso8583.Fields;

/// <summary>MTIs, processing codes and fixed values of the Messages table (host-protocol.md).</summary>
public static class MessageCodes
{
    public const string SignInMti = "0800", NetworkMti = "0820", FinancialMti = "0200", AdviceMti = "0220", ReversalMti = "0400";
    public const string SettlementMti = "0500", BatchUploadMti = "0320";
    public const string SaleProcessing = "000000", VoidProcessing = "200000", RefundProcessing = "200000", BalanceProcessing = "310000";
    public const string NormalCondition = "00";
    public const string PinCaptureCode = "12";

    /// <summary>Field 53: ANSI X9.8 with PAN (2), double-length key (6), zeros.</summary>
    public const string SecurityInfoWithPin = "2600000000000000";

    public const string CurrencyCny = "156";

    /// <summary>The MTI of the answer: the third digit goes up by one (0200 → 0210).</summary>
    public static string AnswerTo(string requestMti) =>
        string.Concat(requestMti.AsSpan(0, 2), ((char)(requestMti[2] + 1)).ToString(), requestMti.AsSpan(3));

    /// <summary>Requests that carry a MAC once the session has a MAC key (not 0800/0820).</summary>
    public static bool IsMacked(string requestMti) => requestMti is "0200" or "0220" or "0400" or "0320" or "0500";
}
