using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Headless;
using LakalaPos.Devices.Tests.Contracts;
using Xunit;

namespace LakalaPos.Devices.Tests.Headless;

public sealed class HeadlessPrinterTests : PrinterContractTests
{
    protected override IPrinterHarness Create(int columns) => new Harness(new HeadlessPrinter(columns));

    [Fact]
    public void Setting_the_paper_to_what_it_already_is_reports_nothing()
    {
        var printer = new HeadlessPrinter(32);
        var changes = 0;
        printer.PaperChanged += (_, _) => changes++;

        printer.SetPaper(true);

        changes.Should().Be(0);
    }

    [Fact]
    public void A_faulty_printer_fails_and_prints_nothing()
    {
        var printer = new HeadlessPrinter(32);
        printer.SetFaulty(true);

        var outcome = printer.Print(["POS签购单"]);

        outcome.Should().Be(PrintOutcome.Failed);
        printer.Receipts.Should().BeEmpty();
    }

    [Fact]
    public void A_repaired_printer_prints_again()
    {
        var printer = new HeadlessPrinter(32);
        printer.SetFaulty(true);
        printer.Print(["POS签购单"]);

        printer.SetFaulty(false);

        printer.Print(["POS签购单"]).Should().Be(PrintOutcome.Printed);
        printer.Receipts.Should().ContainSingle();
    }

    [Fact]
    public void A_receipt_is_a_copy_so_later_changes_to_the_callers_list_do_not_alter_it()
    {
        var printer = new HeadlessPrinter(32);
        var lines = new List<string> { "商户存根 MERCHANT COPY" };

        printer.Print(lines);
        lines[0] = "changed";

        printer.Receipts[0].Should().Equal("商户存根 MERCHANT COPY");
    }

    private sealed class Harness(HeadlessPrinter printer) : IPrinterHarness
    {
        public IReceiptPrinter Printer => printer;

        public void SetPaper(bool present) => printer.SetPaper(present);

        public IReadOnlyList<IReadOnlyList<string>> Receipts() => printer.Receipts;
    }
}
