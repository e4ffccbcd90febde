using LakalaPos.Core.Host;

namespace LakalaPos.Protocol.Mapping;

/// <summary>
/// Where a refund's method travels: field 63 of the 0220, "RM1" back to the card (原路退回),
/// "RM2" to the cardholder's balance account (退至账户余额). The host simulator reads it back.
/// </summary>
public static class RefundMethodCode
{
    public const string Original = "RM1", Balance = "RM2";

    public static string For(RefundMethod method) => method == RefundMethod.Balance ? Balance : Original;

    public static RefundMethod? Parse(string? field63) => field63 switch
    {
        Original => RefundMethod.Original,
        Balance => RefundMethod.Balance,
        _ => null,
    };
}
