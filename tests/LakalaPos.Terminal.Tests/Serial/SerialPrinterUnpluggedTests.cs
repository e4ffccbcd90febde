using FluentAssertions;
using LakalaPos.Terminal.Tests.Serial.Support;
using Xunit;
using static LakalaPos.Terminal.Tests.Serial.SerialSteps;

namespace LakalaPos.Terminal.Tests.Serial;

/// <summary>The printer's port goes away and comes back (docs/hardware.md, "When a port disappears"): nothing crashes, the receipt still comes out.</summary>
[Collection(SerialProcesses.Name)]
public sealed class SerialPrinterUnpluggedTests : IDisposable
{
    private SerialTerminal? _terminal;

    [Fact]
    public void A_printer_unplugged_during_a_sale_prints_the_receipt_once_it_is_back_and_the_cashier_confirms()
    {
        _terminal = SerialTerminal.Start();
        SignIn(_terminal);
        _terminal.Swipe(DebitTrack2);
        _terminal.WaitForScreen("请输入金额");
        _terminal.Type("10000" + Enter);
        _terminal.WaitForScreen("请输入密码");

        _terminal.Printer.Unplug();
        _terminal.Type("123456" + Enter);
        _terminal.WaitForScreen("请装纸后按确认");
        _terminal.Receipts().Should().BeEmpty();

        _terminal.Printer.PlugIn();
        _terminal.WaitForLog("back after");
        _terminal.Type(Enter);
        var receipt = _terminal.WaitForReceipt(1);
        receipt.Should().Contain("商户存根 MERCHANT COPY");
        ValueOf(receipt, "金额 AMOUNT").Should().Be("RMB 100.00");
        _terminal.WaitForScreen("按确认打印第二联");
        _terminal.Type(Enter);
        _terminal.WaitForReceipt(2).Should().Contain("持卡人存根 CARDHOLDER COPY");
        _terminal.WaitForScreen(Idle);
        _terminal.Process!.HasExited.Should().BeFalse();
        _terminal.Log.Should().Contain("gone");
    }

    [Fact]
    public void A_printer_missing_at_start_is_reported_looked_for_and_used_when_it_appears()
    {
        _terminal = SerialTerminal.Start(printerPresent: false);
        _terminal.Process!.WaitFor("not there yet");
        _terminal.WaitForLog("cannot be opened");
        SignIn(_terminal);

        _terminal.Printer.PlugIn();
        _terminal.WaitForLog("back after");
        Sale(_terminal, receiptsBefore: 0).Should().Contain("商户存根 MERCHANT COPY");
    }

    public void Dispose() => _terminal?.Dispose();
}
