using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;
using LakalaPos.Devices.Serial.Vt100;
using LakalaPos.Devices.Tests.Contracts;
using LakalaPos.Devices.Tests.Support;
using Serilog.Events;
using Xunit;

namespace LakalaPos.Devices.Tests.Serial;

/// <summary>
/// Every serial driver, on every kind of port, takes a 64 KB burst of random bytes (a loose cable,
/// a wrong baud rate) without failing: a few clear log lines, no error, and the device works
/// again as soon as the noise stops.
/// </summary>
public sealed class NoiseTests
{
    public static TheoryData<string, Transport> Drivers()
    {
        var data = new TheoryData<string, Transport>();
        foreach (var driver in new[] { "vt100 display", "vt100 keypad", "keypad board", "escpos printer", "magstripe reader" })
            foreach (var transport in Enum.GetValues<Transport>())
                data.Add(driver, transport);
        return data;
    }

    [Theory]
    [MemberData(nameof(Drivers))]
    public void A_64_KB_burst_of_random_bytes_leaves_a_clear_log_line_no_error_and_a_working_device(string driver, Transport transport)
    {
        var (harness, settle, proveAlive) = Device(driver, transport);
        using var owned = harness;
        var rig = harness.Rig;
        var noise = new byte[64 * 1024];
        new Random(8583).NextBytes(noise);

        rig.Device.Send(noise);
        Wait.Until(() => rig.Port.BytesRead >= noise.Length, "every byte of the burst reached the driver");
        settle();

        proveAlive();
        var log = rig.Log;
        log.Lines(LogEventLevel.Error).Should().BeEmpty();
        log.Lines().Should().Contain(line => line.Contains("ignored") || line.Contains("dropped") || line.Contains("unreadable"));
        log.Lines().Count.Should().BeLessThan(50, "repeated noise is counted, not logged line by line");
    }

    /// <summary>The driver on a port, what time does once the noise stops, and a check that the device works.</summary>
    private static (IRigged Harness, Action Settle, Action ProveAlive) Device(string driver, Transport transport)
    {
        var nothing = () => { };
        switch (driver)
        {
            case "vt100 display":
                var display = new Vt100DisplayHarness(transport, 32);
                return (display, nothing, () =>
                {
                    display.Display.Show(Screen.Of("交易成功"));
                    display.VisibleRows().Should().Equal("交易成功");
                });
            case "vt100 keypad":
                var console = new Vt100KeypadHarness(transport);
                // A sequence the noise left unfinished times out.
                return (console, () => console.Clock.Advance(Vt100KeyDecoder.EscapeWait), () => KeysWork(console));
            case "keypad board":
                var board = new KeypadBoardHarness(transport);
                return (board, nothing, () => KeysWork(board));
            case "escpos printer":
                var printer = new EscPosPrinterHarness(transport, 32);
                return (printer, nothing, () =>
                {
                    printer.Printer.Print(["POS签购单"]).Should().Be(PrintOutcome.Printed);
                    printer.Receipts().Should().ContainSingle().Which.Should().Equal("POS签购单");
                });
            default:
                var reader = new MagstripeReaderHarness(transport);
                return (reader, nothing, () =>
                {
                    var cards = new List<CardData>();
                    reader.Reader.CardPresented += (_, card) => cards.Add(card);
                    // A reader ends every swipe with CR LF; the first line end closes whatever the noise left open.
                    reader.Swipe("\r\n;6222020200112233446=2912220?\r\n");
                    cards.Should().ContainSingle().Which.Pan.Should().Be("6222020200112233446");
                });
        }
    }

    private static void KeysWork(IKeypadHarness harness)
    {
        var keys = new List<Key>();
        harness.Keypad.KeyPressed += (_, key) => keys.Add(key);
        harness.Press(Key.D5);
        harness.Press(Key.Enter);
        keys.Should().Equal(Key.D5, Key.Enter);
    }
}
