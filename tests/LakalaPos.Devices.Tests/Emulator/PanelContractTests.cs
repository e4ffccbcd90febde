using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Emulator;
using LakalaPos.Devices.Tests.Contracts;

namespace LakalaPos.Devices.Tests.Emulator;

// The full-screen console's display and printer (what `lakalapos run` draws on a terminal) held to
// the same contracts as every other driver: what they keep for the console to draw is read back.

public sealed class PanelDisplayTests : DisplayContractTests
{
    protected override IDisplayHarness Create(int columns) => new DisplayHarness(new PanelDisplay(columns, 8, () => { }));

    private sealed class DisplayHarness(PanelDisplay display) : IDisplayHarness
    {
        public IDisplay Display => display;

        public IReadOnlyList<string> VisibleRows() => display.Rows;
    }
}

public sealed class PanelPrinterTests : PrinterContractTests
{
    protected override IPrinterHarness Create(int columns) => new PrinterHarness(new PanelPrinter(columns, () => { }));

    private sealed class PrinterHarness(PanelPrinter printer) : IPrinterHarness
    {
        public IReceiptPrinter Printer => printer;

        public void SetPaper(bool present) => printer.SetPaper(present);

        /// <summary>The paper roll cut at each cut line.</summary>
        public IReadOnlyList<IReadOnlyList<string>> Receipts()
        {
            var receipts = new List<IReadOnlyList<string>>();
            var receipt = new List<string>();
            foreach (var row in printer.Roll)
            {
                if (row == printer.CutLine)
                {
                    receipts.Add(receipt);
                    receipt = [];
                }
                else
                    receipt.Add(row);
            }
            return receipts;
        }
    }
}
