using System.Text;
using FluentAssertions;
using LakalaPos.Devices.Serial.Magstripe;
using LakalaPos.Terminal.Tests.Serial.Support;
using Xunit;
using static LakalaPos.Terminal.Tests.Serial.SerialSteps;

namespace LakalaPos.Terminal.Tests.Serial;

/// <summary>Garbage on the console and the card reader — a loose cable, a wrong baud rate — at the level of the program: logged, and the terminal goes on.</summary>
[Collection(SerialProcesses.Name)]
public sealed class SerialNoiseTests : IDisposable
{
    private const int Burst = 64 * 1024;
    private readonly SerialTerminal _terminal = SerialTerminal.Start();

    [Fact]
    public void Bursts_of_64_kb_at_the_console_and_the_reader_are_logged_and_a_card_swiped_afterwards_starts_a_sale()
    {
        SignIn(_terminal);
        var random = new Random(10);
        // Bytes that are no key (digits, CR, LF, ESC, BS, DEL and Tab are keys): the console stays where it is.
        var noKeys = Enumerable.Range(0, 256).Select(b => (byte)b).Where(b => !"0123456789\r\n\e\b\x7f\t".Contains((char)b)).ToArray();
        _terminal.Console.Send(Enumerable.Range(0, Burst).Select(_ => noKeys[random.Next(noKeys.Length)]).ToArray());
        var anything = new byte[Burst];
        random.NextBytes(anything);
        _terminal.Reader.Send(anything);

        _terminal.WaitForLog("VT100 keypad: byte");
        _terminal.WaitForLog("Card reader");
        _terminal.Type(Cancel); // leave whatever a garbled swipe put on the screen
        _terminal.WaitForScreen(Idle);
        // The burst ends inside a line; a person swipes well after the reader's line gap, which drops it.
        Thread.Sleep(MagstripeReader.LineGap + TimeSpan.FromMilliseconds(300));
        _terminal.Swipe(DebitTrack2);
        _terminal.WaitForScreen("请输入金额");
        _terminal.ScreenText.Should().NotContain(DebitPan);
        _terminal.Process!.HasExited.Should().BeFalse();
        _terminal.Log.Should().NotContain(DebitPan);
        _terminal.Log.Length.Should().BeLessThan(Burst, "repeated noise is counted, not logged line by line");
    }

    public void Dispose() => _terminal.Dispose();
}
