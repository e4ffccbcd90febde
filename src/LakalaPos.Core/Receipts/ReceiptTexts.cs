using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Receipts;

/// <summary>The fixed wording of receipts: statements, markers and the names of codes.</summary>
public static class ReceiptTexts
{
    public const string SignatureCaption = "持卡人签名 CARDHOLDER SIGNATURE";
    public const string CardholderStatement = "本人确认以上交易,同意将其计入本卡账户";
    public const string ReprintMarker = "重打印 DUPLICATED";
    public const string TestMarker = "测试 凭证无效";

    /// <summary>交易类型 as printed.</summary>
    public static string TypeName(TransactionType type) => type switch
    {
        TransactionType.Sale => "消费 SALE",
        TransactionType.Void => "消费撤销 VOID",
        TransactionType.Refund => "退货 REFUND",
        TransactionType.Balance => "余额查询 BALANCE",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown transaction type"),
    };

    /// <summary>Void reasons as offered by "请选择撤销原因" (1-6); an unknown code prints as such rather than failing.</summary>
    public static string VoidReason(int reason) => reason switch
    {
        1 => "输入错误",
        2 => "客户要求",
        3 => "设备故障",
        4 => "系统错误",
        5 => "网络问题",
        6 => "政策变更",
        _ => $"未知原因({reason})",
    };

    /// <summary>退款方式 as offered by "请选择退款方式".</summary>
    public static string RefundMethodName(RefundMethod method) => method switch
    {
        RefundMethod.Original => "原路退回",
        RefundMethod.Balance => "退至账户余额",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown refund method"),
    };
}
