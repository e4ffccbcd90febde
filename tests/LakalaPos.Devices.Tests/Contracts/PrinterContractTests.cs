using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Tests.Support;
using Xunit;

namespace LakalaPos.Devices.Tests.Contracts;

/// <summary>
/// What every receipt printer driver does: one receipt per print, nothing printed without paper,
/// paper changes reported. A driver's test class derives from this and says how to build it.
/// </summary>
public abstract class PrinterContractTests : OwningTest
{
    protected abstract IPrinterHarness Create(int columns);

    private static readonly string[] Slip = ["POS签购单 POS SALES SLIP", "商户存根 MERCHANT COPY", "金额 RMB 12.34"];

    [Theory]
    [InlineData(32)]
    [InlineData(48)]
    public void A_printer_reports_its_paper_width(int columns)
    {
        Create(columns).Printer.Columns.Should().Be(columns);
    }

    [Fact]
    public void The_self_test_says_ready_with_paper_and_paper_out_without()
    {
        var harness = Create(32);
        var selfTest = harness.Printer.Should().BeAssignableTo<ISelfTest>("the boot's self-test asks every printer").Subject;

        selfTest.CheckHealth().State.Should().Be(DeviceState.Ready);
        harness.SetPaper(false);
        selfTest.CheckHealth().State.Should().Be(DeviceState.PaperOut);
    }

    [Fact]
    public void A_printer_starts_with_paper()
    {
        Create(32).Printer.HasPaper.Should().BeTrue();
    }

    [Fact]
    public void Printing_with_paper_gives_one_receipt_with_the_lines()
    {
        var harness = Create(32);

        var outcome = harness.Printer.Print(Slip);

        outcome.Should().Be(PrintOutcome.Printed);
        harness.Receipts().Should().ContainSingle().Which.Should().Equal(Slip);
    }

    [Fact]
    public void Each_print_is_its_own_receipt()
    {
        var harness = Create(32);

        harness.Printer.Print(["商户存根 MERCHANT COPY"]);
        harness.Printer.Print(["持卡人存根 CARDHOLDER COPY"]);

        harness.Receipts().Select(receipt => receipt[0]).Should().Equal("商户存根 MERCHANT COPY", "持卡人存根 CARDHOLDER COPY");
    }

    [Fact]
    public void Without_paper_nothing_is_printed_and_the_outcome_says_paper_out()
    {
        var harness = Create(32);
        harness.SetPaper(false);

        var outcome = harness.Printer.Print(Slip);

        outcome.Should().Be(PrintOutcome.PaperOut);
        harness.Printer.HasPaper.Should().BeFalse();
        harness.Receipts().Should().BeEmpty();
    }

    [Fact]
    public void Paper_running_out_and_being_loaded_are_reported()
    {
        var harness = Create(32);
        var changes = new List<bool>();
        harness.Printer.PaperChanged += (_, present) => changes.Add(present);

        harness.SetPaper(false);
        harness.SetPaper(true);

        changes.Should().Equal(false, true);
    }

    [Fact]
    public void Printing_works_again_once_paper_is_back()
    {
        var harness = Create(32);
        harness.SetPaper(false);
        harness.Printer.Print(Slip);

        harness.SetPaper(true);
        var outcome = harness.Printer.Print(Slip);

        outcome.Should().Be(PrintOutcome.Printed);
        harness.Receipts().Should().ContainSingle();
    }

    [Fact]
    public void A_line_wider_than_the_paper_wraps_and_nothing_is_lost()
    {
        var harness = Create(32);
        const string line = "备注: 原凭证号 000002 撤销原因 客户要求";

        harness.Printer.Print([line]);

        var rows = harness.Receipts().Single();
        rows.Should().HaveCountGreaterThan(1);
        rows.Should().OnlyContain(row => Columns.Of(row) <= 32);
        string.Concat(rows).Should().Be(line);
    }

    [Fact]
    public void An_empty_receipt_is_still_a_paper_cut()
    {
        var harness = Create(32);

        harness.Printer.Print([]);

        harness.Receipts().Should().ContainSingle().Which.Should().BeEmpty();
    }
}
