using LakalaPos.Iso8583.Cards;
using LakalaPos.Terminal.Tests.Serial.Support;

namespace LakalaPos.Terminal.Tests.Serial;

/// <summary>What a cashier does at the serial terminal, key by key, waiting for each prompt on its screen.</summary>
internal static class SerialSteps
{
    public const string Enter = "\r";
    public const string Cancel = "\e";
    public const string Menu = "\t";
    public const string Idle = "请刷卡/插卡/挥卡";

    public static string DebitTrack2 => TestCardTable.Debit.Track2;

    public static string DebitPan => TestCardTable.Debit.Pan;

    /// <summary>From the boot to the idle screen: cashier 01, password 0000, sign-in with the host.</summary>
    public static void SignIn(SerialTerminal terminal)
    {
        terminal.WaitForScreen("请输入操作员号");
        terminal.Type("01" + Enter);
        terminal.WaitForScreen("请输入密码");
        terminal.Type("0000" + Enter);
        terminal.WaitForScreen("签到成功");
        terminal.WaitForScreen(Idle);
    }

    /// <summary>A debit card swiped at idle, 100.00, PIN 123456, approved; the merchant copy printed. Returns its rows.</summary>
    public static IReadOnlyList<string> Sale(SerialTerminal terminal, int receiptsBefore)
    {
        terminal.Swipe(DebitTrack2);
        terminal.WaitForScreen("请输入金额");
        terminal.Type("10000" + Enter);
        terminal.WaitForScreen("请输入密码");
        terminal.Type("123456" + Enter);
        terminal.WaitForScreen("交易成功");
        return terminal.WaitForReceipt(receiptsBefore + 1);
    }

    /// <summary>A field's value: right of its label on the same row, or on the row below when it does not fit beside it.</summary>
    public static string ValueOf(IReadOnlyList<string> receipt, string label)
    {
        var at = receipt.ToList().FindIndex(row => row.StartsWith(label, StringComparison.Ordinal));
        if (at < 0)
            throw new InvalidOperationException($"no \"{label}\" on the receipt:\n{string.Join('\n', receipt)}");
        var beside = receipt[at][label.Length..].Trim();
        return beside.Length > 0 ? beside : receipt[at + 1].Trim();
    }
}
