using System.Text;
using FluentAssertions;
using LakalaPos.Devices.Serial.EscPos;
using LakalaPos.Terminal.Tests.Serial.Support;
using Xunit;
using static LakalaPos.Terminal.Tests.Serial.SerialSteps;

namespace LakalaPos.Terminal.Tests.Serial;

/// <summary>
/// A profile with the emulator's screen and keypad and a serial card reader and printer: `run`
/// keeps reading operator lines for the keypad, and says where a card goes instead.
/// </summary>
[Collection(SerialProcesses.Name)]
public sealed class MixedProfileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lakalapos-mixed-").FullName;

    [Fact]
    public void Keys_come_from_stdin_and_the_card_and_receipt_from_the_serial_devices()
    {
        using var reader = new FarEnd(Path.Combine(_folder, "reader"));
        using var printer = new FarEnd(Path.Combine(_folder, "printer"), bytes => bytes.Span.IndexOf("\x10\x04\x04"u8) >= 0 ? [0x12] : null);
        var profiles = Directory.CreateDirectory(Path.Combine(_folder, "profiles")).FullName;
        File.WriteAllText(Path.Combine(profiles, "mixed.json"), File.ReadAllText(RepositoryRoot.Combine("hardware-profiles", "emulator.json"))
            .Replace("\"name\": \"emulator\"", "\"name\": \"mixed\"", StringComparison.Ordinal)
            .Replace("\"printer\": { \"driver\": \"emulator\", \"columns\": 32, \"optional\": true }",
                $"\"printer\": {{ \"driver\": \"escpos-serial\", \"columns\": 32, \"serial\": {{ \"device\": \"{printer.LinkPath}\", \"baud\": 9600 }} }}", StringComparison.Ordinal)
            .Replace("\"cardReader\": { \"driver\": \"emulator\" }",
                $"\"cardReader\": {{ \"driver\": \"serial\", \"serial\": {{ \"device\": \"{reader.LinkPath}\", \"baud\": 9600 }} }}", StringComparison.Ordinal));
        using var terminal = CliProcess.Start(_folder, "run", "--profiles", profiles, "--profile", "mixed", "--data", Path.Combine(_folder, "data"));

        terminal.WaitFor("card reader: " + reader.LinkPath);
        OperatorSteps.SignIn(terminal);
        terminal.Type("swipe debit");
        terminal.WaitFor("the card reader is a serial device in this profile: swipe the card there, not here");
        reader.Send(Encoding.ASCII.GetBytes($";{DebitTrack2}?\r\n"));
        terminal.WaitFor("请输入金额");
        terminal.Type("10000");
        terminal.Type("");
        terminal.WaitFor("请输入密码");
        terminal.Type("123456");
        terminal.Type("");
        terminal.WaitFor("交易成功");
        SerialTerminal.Until(() => EscPosDecoder.Decode(printer.Current).Receipts.Count == 1, "the receipt on the serial printer", () => terminal.Output);
        EscPosDecoder.Decode(printer.Current).Receipts[0].Texts.Should().Contain(row => row.Contains("RMB 100.00"));

        terminal.Type("quit");
        terminal.WaitForExit().Should().Be(0);
        terminal.Output.Should().NotContain(DebitPan);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
