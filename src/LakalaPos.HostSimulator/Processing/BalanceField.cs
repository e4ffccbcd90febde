using System.Globalization;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// Field 54 of a balance answer, one UnionPay amount block of 20 characters: account type (2,
/// 00 unspecified) + amount type (2, 02 available balance) + currency (3, 156) + sign (C in
/// credit, D overdrawn) + amount in fen (12). The same block the protocol library's
/// Mapping.BalanceField writes and parses.
/// </summary>
internal static class BalanceField
{
    public static string Format(long availableFen) =>
        "00" + "02" + "156" + (availableFen < 0 ? "D" : "C")
        + Math.Abs(availableFen).ToString("D12", CultureInfo.InvariantCulture);
}
