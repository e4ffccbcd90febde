using FluentAssertions;
using LakalaPos.Terminal.Tests.Serial.Support;
using Xunit;
using static LakalaPos.Terminal.Tests.Serial.SerialSteps;

namespace LakalaPos.Terminal.Tests.Serial;

/// <summary>
/// `lakalapos run` on serial hardware, as a process: the VT100 console, the magnetic-stripe reader
/// and the ESC/POS printer are ptys the test plays. Keys are console bytes, cards are track-2 lines,
/// the screen is read back from the console's bytes and the receipts from the printer's.
/// </summary>
[Collection(SerialProcesses.Name)]
public sealed class SerialSaleAndVoidTests : IDisposable
{
    private readonly SerialTerminal _terminal = SerialTerminal.Start();

    [Fact]
    public void A_cashier_signs_in_sells_and_voids_on_the_serial_devices_and_sigint_stops_the_terminal_cleanly()
    {
        _terminal.Process!.WaitFor("Keypad and card reader are serial devices: nothing is read here");
        _terminal.Process.Type("quit"); // stdin is not read: this stops nothing
        SignIn(_terminal);

        var sale = Sale(_terminal, receiptsBefore: 0);
        sale.Should().Contain("商户存根 MERCHANT COPY").And.Contain(row => row.Contains("622202*********3446 S"));
        ValueOf(sale, "交易类型 TRANS TYPE").Should().Be("消费 SALE");
        ValueOf(sale, "金额 AMOUNT").Should().Be("RMB 100.00");
        _terminal.WaitForScreen("按确认打印第二联");
        _terminal.Type(Enter);
        _terminal.WaitForReceipt(2).Should().Contain("持卡人存根 CARDHOLDER COPY");
        _terminal.WaitForScreen(Idle);
        var voucher = ValueOf(sale, "凭证号 VOUCHER NO");

        _terminal.Type(Menu + "2");
        _terminal.WaitForScreen("请输入主管密码");
        _terminal.Type("123456" + Enter);
        _terminal.WaitForScreen("请输入原凭证号");
        _terminal.Type(voucher.TrimStart('0') + Enter);
        _terminal.WaitForScreen("确认撤销?");
        _terminal.ScreenText.Should().Contain("622202*********3446").And.Contain("100.00");
        _terminal.Type(Enter);
        _terminal.WaitForScreen("请选择撤销原因");
        _terminal.Type("1");
        _terminal.WaitForScreen(Idle);
        _terminal.Swipe(DebitTrack2);
        _terminal.WaitForScreen("交易成功");
        var voided = _terminal.WaitForReceipt(3);
        ValueOf(voided, "交易类型 TRANS TYPE").Should().Be("消费撤销 VOID");
        ValueOf(voided, "金额 AMOUNT").Should().Be("RMB -100.00");
        voided.Should().Contain(row => row.Contains("622202*********3446")).And.Contain(row => row.Contains($"原凭证号:{voucher}"));
        _terminal.Type(Enter);
        _terminal.WaitForReceipt(4).Should().Contain("持卡人存根 CARDHOLDER COPY");
        _terminal.WaitForScreen(Idle);

        _terminal.Signal(Signals.Interrupt);
        _terminal.Process.WaitForExit().Should().Be(0);
        _terminal.Log.Should().Contain("Terminal stopping (SIGINT)").And.Contain("Terminal stopped").And.NotContain(DebitPan);
        _terminal.Process.Output.Should().NotContain(DebitPan);
        string.Concat(_terminal.Receipts().SelectMany(r => r.Texts)).Should().NotContain(DebitPan);
    }

    public void Dispose() => _terminal.Dispose();
}
