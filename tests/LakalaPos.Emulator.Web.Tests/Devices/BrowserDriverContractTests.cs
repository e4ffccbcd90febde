using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Tests.Contracts;
using LakalaPos.Emulator.Web.Board;
using LakalaPos.Emulator.Web.Devices;

namespace LakalaPos.Emulator.Web.Tests.Devices;

// The browser drivers pass the contract every device driver passes. What came out is read from
// the board, which is what every page draws: the LCD's rows and the paper's receipts as a page gets them.

public sealed class BrowserKeypadContractTests : KeypadContractTests
{
    protected override IKeypadHarness Create() => new Harness(new BrowserKeypad());

    private sealed class Harness(BrowserKeypad keypad) : IKeypadHarness
    {
        public IKeypad Keypad => keypad;

        public void Press(Key key) => keypad.Press(key);
    }
}

public sealed class BrowserDisplayContractTests : DisplayContractTests
{
    protected override IDisplayHarness Create(int columns)
    {
        var board = new EmulatorBoard("test");
        return new Harness(new BrowserDisplay(board, columns, 8), board);
    }

    private sealed class Harness(BrowserDisplay display, EmulatorBoard board) : IDisplayHarness
    {
        public IDisplay Display => display;

        public IReadOnlyList<string> VisibleRows() => [.. board.Snapshot().Screen.Rows.Select(TextRuns.Text)];
    }
}

public sealed class BrowserReceiptPrinterContractTests : PrinterContractTests
{
    protected override IPrinterHarness Create(int columns)
    {
        var board = new EmulatorBoard("test");
        return new Harness(new BrowserReceiptPrinter(board, columns), board);
    }

    private sealed class Harness(BrowserReceiptPrinter printer, EmulatorBoard board) : IPrinterHarness
    {
        public IReceiptPrinter Printer => printer;

        public void SetPaper(bool present) => printer.SetPaper(present);

        public IReadOnlyList<IReadOnlyList<string>> Receipts() =>
            [.. board.Snapshot().Paper.Receipts.Select(receipt => (IReadOnlyList<string>)[.. receipt.Rows.Select(TextRuns.Text)])];
    }
}

public sealed class BrowserCardReaderContractTests : ChipCardReaderContractTests
{
    protected override ICardReaderHarness Create() => new Harness(new BrowserCardReader(new EmulatorBoard("test")));

    private sealed class Harness(BrowserCardReader reader) : ICardReaderHarness
    {
        public ICardReader Reader => reader;

        public void Present(CardData card) => reader.Present(card);

        public void Remove() => reader.Remove();

        public void PresentUnreadable() => reader.FailRead("bad swipe: no end sentinel");
    }
}
