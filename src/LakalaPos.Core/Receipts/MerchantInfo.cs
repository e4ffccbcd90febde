namespace LakalaPos.Core.Receipts;

/// <summary>Who the terminal belongs to, as printed at the head of every receipt (系统管理 parameters).</summary>
public sealed record MerchantInfo(string Name, string MerchantNo, string TerminalNo);
