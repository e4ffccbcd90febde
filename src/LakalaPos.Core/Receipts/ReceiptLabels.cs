namespace LakalaPos.Core.Receipts;

/// <summary>Field labels, Chinese then English as on UnionPay slips.</summary>
public static class ReceiptLabels
{
    public const string MerchantName = "商户名称 MERCHANT NAME";
    public const string MerchantNo = "商户编号 MERCHANT NO";
    public const string TerminalNo = "终端编号 TERMINAL NO";
    public const string OperatorNo = "操作员号 OPERATOR NO";
    public const string CardNo = "卡号 CARD NO";
    public const string TransactionType = "交易类型 TRANS TYPE";
    public const string ExpiryDate = "有效期 EXP DATE";
    public const string BatchNo = "批次号 BATCH NO";
    public const string VoucherNo = "凭证号 VOUCHER NO";
    public const string AuthCode = "授权码 AUTH NO";
    public const string ReferenceNo = "参考号 REF NO";
    public const string DateTime = "日期时间 DATE/TIME";
    public const string Amount = "金额 AMOUNT";
    public const string Remarks = "备注 REFERENCE";
    public const string OrderNo = "订单号 ORDER NO";
    public const string ReturnedItems = "退货商品 RETURNED";
}
