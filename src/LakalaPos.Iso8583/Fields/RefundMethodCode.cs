namespace LakalaPos.Iso8583.Fields;

/// <summary>Where a refund's money goes, as the 0220 says it.</summary>
public enum RefundDestination
{
    /// <summary>Back to the card (原路退回), "RM1".</summary>
    Card,

    /// <summary>To the cardholder's balance account (退至账户余额), "RM2".</summary>
    BalanceAccount,
}

/// <summary>Where a refund's method travels: field 63 of the 0220, "RM1" or "RM2".</summary>
public static class RefundMethodCode
{
    public const string Card = "RM1", BalanceAccount = "RM2";

    public static string For(RefundDestination destination) => destination == RefundDestination.BalanceAccount ? BalanceAccount : Card;

    public static RefundDestination? Parse(string? field63) => field63 switch
    {
        Card => RefundDestination.Card,
        BalanceAccount => RefundDestination.BalanceAccount,
        _ => null,
    };
}
