namespace LakalaPos.Core.Screens;

/// <summary>
/// The old prompt texts, Chinese only. Kept only for MainMenuActivity and SupervisorPasswordActivity
/// until they are rewritten with <see cref="Phrase"/>; everything else says <c>ctx.Say(Phrase.X)</c>.
/// </summary>
public static class Prompts
{
    public const string EnterOperator = "请输入操作员号";
    public const string EnterPassword = "请输入密码";
    public const string WrongPassword = "密码错误";
    public const string SignInOk = "签到成功";
    public const string SigningIn = "签到中";
    public const string SignInFailed = "签到失败";
    public const string PresentCard = "请刷卡/插卡/挥卡";

    /// <summary>A card was presented but could not be read (a bad swipe): the card is asked for again.</summary>
    public const string CardReadFailed = "读卡失败,请重新刷卡";

    /// <summary>The chip card was taken out before the transaction ended.</summary>
    public const string TransactionCancelled = "交易取消";

    /// <summary>A transaction on an inserted card has ended and the card is still in the slot.</summary>
    public const string RemoveCard = "请拔卡";
    public const string EnterAmount = "请输入金额";
    public const string InvalidAmount = "金额无效";
    public const string Processing = "处理中";
    public const string Approved = "交易成功";
    public const string Declined = "交易失败";
    public const string PromptTimeout = "操作超时";
    public const string HostTimeout = "交易超时";
    public const string NetworkDown = "网络未连接,请检查网络";
    public const string PrintNextCopy = "按确认打印第{0}联";
    public const string PaperOut = "打印机缺纸";
    public const string Printing = "正在打印,请稍候";
    public const string SignedOut = "签退成功";
    public const string NotAvailable = "功能暂未开通";
    public const string SystemFault = "系统故障,请重试";
    public const string PleaseWait = "请稍候";

    /// <summary>While the host is asked: the seconds left before the terminal gives up ("请稍候 58秒").</summary>
    public const string WaitSeconds = "请稍候 {0}秒";

    /// <summary>While the host is asked CANCEL does nothing: the money may already be moving.</summary>
    public const string CannotCancelNow = "应答前不能取消";
    public const string EnterSupervisorPassword = "请输入主管密码";
    public const string SupervisorWrong = "主管密码错误";
    public const string SupervisorLocked = "主管密码已锁定";
    public const string EnterOriginalVoucher = "请输入原凭证号";
    public const string OriginalNotFound = "原交易不存在";
    public const string OriginalAlreadyVoided = "原交易已撤销";
    public const string OriginalNotVoidable = "原交易不可撤销";
    public const string OriginalSettled = "原交易已结算";
    public const string UseRefundInstead = "请使用退货";
    public const string VoidTimeLimit = "超过撤销时限";
    public const string ConfirmVoid = "确认撤销?";
    public const string ChooseVoidReason = "请选择撤销原因";
    public const string CardMismatch = "卡号不符";
    public const string EnterOriginalRrn = "请输入原参考号";
    public const string EnterOriginalDate = "请输入原交易日期";
    public const string InvalidDate = "日期无效";
    public const string RrnNeeds12Digits = "参考号为12位数字";
    public const string EnterRefundAmount = "请输入退货金额";
    public const string RefundAmountOverLimit = "退货金额超限";
    public const string ChooseRefundMethod = "请选择退款方式";
    public const string ConfirmRefund = "确认退货?";
    public const string MerchantBalanceShort = "商户余额不足";
    public const string MerchantBalance = "商户余额";
    public const string ReversalFailed = "冲正失败,请联系客服";
    public const string ReversalPending = "冲正未完成,请稍后重试";

    /// <summary>A due reversal whose kept card data cannot be decrypted: it was given up without being sent.</summary>
    public const string ReversalDataUnreadable = "冲正数据无法读取";
    public const string UploadUnfinished = "批上送未完成,签到后续传";
    public const string PrintFailed = "凭证打印失败,请重打印";
    public const string CheckingNetwork = "正在检查网络";
    public const string UnknownRecord = "未知记录";
    public const string UnknownRecordNotPrintable = "未知记录,不能重打印";
}
