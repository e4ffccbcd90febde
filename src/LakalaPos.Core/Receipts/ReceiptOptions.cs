namespace LakalaPos.Core.Receipts;

/// <summary>How a receipt is printed, beyond what the transaction itself says.</summary>
/// <param name="Reprint">Printed from 重打印: marked "重打印 DUPLICATED".</param>
/// <param name="TestProfile">The hardware profile is a test profile: marked "测试 凭证无效".</param>
/// <param name="NegativeSignOnCredits">The 系统管理 parameter: voids and refunds show "RMB -12.34".</param>
/// <param name="Title">Slip title; null for <see cref="ReceiptData.DefaultTitle"/>.</param>
public sealed record ReceiptOptions(
    bool Reprint = false,
    bool TestProfile = false,
    bool NegativeSignOnCredits = true,
    string? Title = null)
{
    public static ReceiptOptions Default { get; } = new();
}
