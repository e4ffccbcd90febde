namespace LakalaPos.Terminal.Tests;

/// <summary>What a cashier types at a running lakalapos, step by step, waiting for each prompt.</summary>
internal static class OperatorSteps
{
    public static void SignIn(CliProcess terminal)
    {
        terminal.WaitFor("请输入操作员号");
        terminal.Type("01");
        terminal.Type("");
        terminal.WaitFor("请输入密码");
        terminal.Type("0000");
        terminal.Type("");
        terminal.WaitFor("签到成功");
    }

    /// <summary>Presents the card, types the amount in fen and the PIN; the answer is the caller's to wait for.</summary>
    public static void Sale(CliProcess terminal, string card, string fen, string pin)
    {
        terminal.Type(card);
        terminal.WaitFor("请输入金额");
        terminal.Type(fen);
        terminal.Type("");
        terminal.WaitFor("请输入密码");
        terminal.Type(pin);
        terminal.Type("");
    }

    /// <summary>An approved sale, its merchant copy printed and the second copy skipped, back at idle.</summary>
    public static void ApprovedSale(CliProcess terminal, string fen)
    {
        Sale(terminal, "swipe debit", fen, "123456");
        terminal.WaitFor("交易成功");
        terminal.WaitFor("按确认打印第");
        terminal.Type("CANCEL");
        terminal.WaitFor("请刷卡/插卡/挥卡");
    }

    /// <summary>结算 of the current batch, to "结算完成" and back at idle.</summary>
    public static void Settle(CliProcess terminal)
    {
        terminal.Type("MENU 6");
        terminal.WaitFor("确认结算?");
        terminal.Type("");
        terminal.WaitFor("结算完成");
        terminal.Type("");
        terminal.WaitFor("请刷卡/插卡/挥卡");
    }
}
