using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Profiles;
using LakalaPos.Core.Text;
using LakalaPos.Devices.Emulator;
using LakalaPos.Devices.Headless;
using LakalaPos.Devices.Tests.Contracts;

namespace LakalaPos.Devices.Tests.Emulator;

// The console emulator's devices, built as `lakalapos run` builds them, held to the same contracts
// as the headless and serial drivers: what is drawn or printed on the console is read back.

public sealed class EmulatorScreenTests : DisplayContractTests
{
    protected override IDisplayHarness Create(int columns) => new ScreenHarness(columns);

    private sealed class ScreenHarness(int columns) : IDisplayHarness
    {
        private readonly StringWriter _console = new();
        private ConsoleScreen? _screen;

        public IDisplay Display => _screen ??= new ConsoleScreen(_console, columns, 8);

        /// <summary>
        /// The rows the screen drew. A row's own trailing space cannot be told from the padding on the
        /// console, so they are taken from the screen; the console is checked to show each of them.
        /// </summary>
        public IReadOnlyList<string> VisibleRows()
        {
            var lines = _console.ToString().Split(Environment.NewLine);
            var bottom = Array.FindLastIndex(lines, line => line.StartsWith('+'));
            var top = Array.FindLastIndex(lines, bottom - 1, line => line.StartsWith('+'));
            var drawn = lines[(top + 1)..bottom].Select(row => row[1..^1]).ToList();
            drawn.Take(_screen!.Rows.Count).Should().Equal(_screen.Rows.Select(row => DisplayWidth.PadRight(row, columns)));
            return _screen.Rows;
        }
    }
}

public sealed class EmulatorPrinterTests : PrinterContractTests
{
    protected override IPrinterHarness Create(int columns) => new PrinterHarness(columns);

    private sealed class PrinterHarness(int columns) : IPrinterHarness
    {
        private readonly StringWriter _console = new();
        private ConsoleReceiptPrinter? _printer;

        private ConsoleReceiptPrinter Console => _printer ??= new ConsoleReceiptPrinter(_console, columns);

        public IReceiptPrinter Printer => Console;

        public void SetPaper(bool present) => Console.SetPaper(present);

        /// <summary>The lines between each tear-off line and its "(cut)" line.</summary>
        public IReadOnlyList<IReadOnlyList<string>> Receipts()
        {
            var tear = new string('~', Console.Columns);
            var receipts = new List<IReadOnlyList<string>>();
            List<string>? receipt = null;
            foreach (var line in _console.ToString().Split(Environment.NewLine))
            {
                if (line == tear)
                    receipt = [];
                else if (line == tear + " (cut)" && receipt is not null)
                {
                    receipts.Add(receipt);
                    receipt = null;
                }
                else
                    receipt?.Add(line);
            }
            return receipts;
        }
    }
}

public sealed class EmulatorKeypadTests : KeypadContractTests
{
    protected override IKeypadHarness Create() => new KeypadHarness((HeadlessKeypad)EmulatorDevices.Create().Keypad);

    private sealed class KeypadHarness(HeadlessKeypad keypad) : IKeypadHarness
    {
        public IKeypad Keypad => keypad;

        public void Press(Key key) => keypad.Press(key);
    }
}

public sealed class EmulatorCardReaderTests : ChipCardReaderContractTests
{
    protected override ICardReaderHarness Create() => new ReaderHarness((HeadlessCardReader)EmulatorDevices.Create().CardReader);

    private sealed class ReaderHarness(HeadlessCardReader reader) : ICardReaderHarness
    {
        public ICardReader Reader => reader;

        public void Present(CardData card) => reader.Present(card);

        public void Remove() => reader.Remove();

        public void PresentUnreadable() => reader.FailRead("a bad swipe");
    }
}

internal static class EmulatorDevices
{
    public static DeviceSet Create() => DeviceDriverRegistry.WithHeadless().AddConsoleEmulator(TextWriter.Null)
        .Create(HardwareProfileLoader.LoadByName(RepositoryPaths.HardwareProfiles, "emulator"));
}
