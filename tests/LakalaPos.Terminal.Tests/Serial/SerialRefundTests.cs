using FluentAssertions;
using LakalaPos.Terminal.Tests.Serial.Support;
using Xunit;
using static LakalaPos.Terminal.Tests.Serial.SerialSteps;

namespace LakalaPos.Terminal.Tests.Serial;

/// <summary>A refund on the serial devices, with `run`'s stdin closed from the start: a serial terminal reads nothing there.</summary>
[Collection(SerialProcesses.Name)]
public sealed class SerialRefundTests : IDisposable
{
    private readonly SerialTerminal _terminal = SerialTerminal.Start();

    [Fact]
    public void A_refund_of_a_sale_by_its_reference_and_date_prints_its_receipt_and_sigterm_stops_the_terminal()
    {
        _terminal.Process!.CloseInput();
        SignIn(_terminal);
        var sale = Sale(_terminal, receiptsBefore: 0);
        _terminal.Type(Cancel); // no second copy
        _terminal.WaitForScreen(Idle);
        var reference = ValueOf(sale, "参考号 REF NO");
        var date = ValueOf(sale, "日期时间 DATE/TIME"); // 2026/11/30 12:42:47
        var monthDay = date.Substring(5, 2) + date.Substring(8, 2);

        _terminal.Type(Menu + "3");
        _terminal.WaitForScreen("请输入主管密码");
        _terminal.Type("123456" + Enter);
        _terminal.WaitForScreen("请刷卡/插卡/挥卡");
        _terminal.Swipe(DebitTrack2);
        _terminal.WaitForScreen("请输入原参考号");
        _terminal.Type(reference + Enter);
        _terminal.WaitForScreen("请输入原交易日期");
        _terminal.Type(monthDay + Enter);
        _terminal.WaitForScreen("请输入退货金额");
        _terminal.Type("10000" + Enter);
        _terminal.WaitForScreen("请选择退款方式");
        _terminal.Type("1");
        _terminal.WaitForScreen("确认退货?");
        _terminal.Type(Enter);
        _terminal.WaitForScreen("交易成功");

        var refund = _terminal.WaitForReceipt(2);
        ValueOf(refund, "交易类型 TRANS TYPE").Should().Be("退货 REFUND");
        ValueOf(refund, "金额 AMOUNT").Should().Be("RMB -100.00");
        refund.Should().Contain(row => row.Contains("622202*********3446")).And.Contain($"原参考号:{reference}");
        _terminal.Process.HasExited.Should().BeFalse("stdin was closed long ago and the terminal does not read it");

        _terminal.Signal(Signals.Terminate);
        _terminal.Process.WaitForExit().Should().Be(0);
        _terminal.Log.Should().Contain("Terminal stopping (SIGTERM)").And.Contain("Terminal stopped").And.NotContain(DebitPan);
    }

    public void Dispose() => _terminal.Dispose();
}
