using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace LakalaPos.Profiles.Tests;

/// <summary>Every wrong value is one line naming the file and the key path.</summary>
public sealed class ProfileValueErrorTests : IDisposable
{
    private readonly ProfileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("printer.columns", "40", "printer.columns: must be 32 or 48, was 40")]
    [InlineData("printer.columns", "\"32\"", "printer.columns: must be a whole number, was the string \"32\"")]
    [InlineData("printer.columns", "32.5", "printer.columns: must be a whole number, was the number 32.5")]
    [InlineData("printer.optional", "1", "printer.optional: must be true or false, was the number 1")]
    [InlineData("display.driver", "\"headles\"", "display.driver: must be one of headless, emulator, vt100-serial, was \"headles\"")]
    [InlineData("display.driver", "null", "display.driver: must be a string, was null")]
    [InlineData("display.columns", "8", "display.columns: must be between 16 and 80, was 8")]
    [InlineData("display.rows", "1000", "display.rows: must be between 2 and 50, was 1000")]
    [InlineData("display", "\"headless\"", "display: must be an object, was the string \"headless\"")]
    [InlineData("keypad.driver", "\"escpos-serial\"", "keypad.driver: must be one of headless, emulator, vt100-serial, serial, was \"escpos-serial\"")]
    [InlineData("printer.driver", "\"vt100-serial\"", "printer.driver: must be one of headless, emulator, escpos-serial, was \"vt100-serial\"")]
    [InlineData("cardReader.driver", "\"\"", "cardReader.driver: must not be empty")]
    [InlineData("test", "\"yes\"", "test: must be true or false, was the string \"yes\"")]
    [InlineData("name", "\"other\"", "name: must match the file name \"sample\", was \"other\"")]
    [InlineData("host.link", "\"udp\"", "host.link: must be one of simulator, tcp, was \"udp\"")]
    [InlineData("host.tpdu", "\"60000300\"", "host.tpdu: must be 10 hex digits (60, destination, source), was \"60000300\"")]
    [InlineData("host.tpdu", "\"600003000G\"", "host.tpdu: must be 10 hex digits (60, destination, source), was \"600003000G\"")]
    [InlineData("host.tpdu", "\"7000030000\"", "host.tpdu: must start with 60 (the TPDU id), was \"7000030000\"")]
    [InlineData("host.tpdu", "6000030000", "host.tpdu: must be a string, was the number 6000030000")]
    [InlineData("host.address", "\"localhost\"", "host.address: must be host:port with a port from 1 to 65535, was \"localhost\"")]
    [InlineData("host.address", "\"10.0.0.1:70000\"", "host.address: must be host:port with a port from 1 to 65535, was \"10.0.0.1:70000\"")]
    [InlineData("host.address", "\"::1:5800\"", "host.address: must be host:port with a port from 1 to 65535, was \"::1:5800\"")]
    [InlineData("host.connectTimeoutSeconds", "0", "host.connectTimeoutSeconds: must be between 1 and 120, was 0")]
    [InlineData("host.readTimeoutSeconds", "121", "host.readTimeoutSeconds: must be between 1 and 120, was 121")]
    [InlineData("host.writeTimeoutSeconds", "0", "host.writeTimeoutSeconds: must be between 1 and 120, was 0")]
    [InlineData("host.masterKey", "\"0123\"", "host.masterKey: must be 32 hex digits, was 4 characters")]
    [InlineData("host.masterKey", "\"0123456789ABCDEFFEDCBA987654321Z\"", "host.masterKey: must be 32 hex digits, has a character that is not 0-9 or A-F")]
    [InlineData("host.masterKey", "123", "host.masterKey: must be a string, was a number")]
    [InlineData("security.dataKey", "\"00112233445566778899AABBCCDDEEFF\"", "security.dataKey: must be 64 hex digits, was 32 characters")]
    [InlineData("terminal.promptTimeoutSeconds", "-5", "terminal.promptTimeoutSeconds: must be between 1 and 600, was -5")]
    [InlineData("terminal.hostTimeoutSeconds", "true", "terminal.hostTimeoutSeconds: must be a whole number, was true")]
    [InlineData("storage.dataDirectory", "5", "storage.dataDirectory: must be a string, was the number 5")]
    [InlineData("display.serial", "{\"baud\": 9600}", "display.serial.device: required key is missing")]
    [InlineData("printer.serial", "{\"device\": \"/dev/ttyS1\", \"baud\": 1234}", "printer.serial.baud: must be one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600, was 1234")]
    [InlineData("printer.serial", "{\"device\": \"/dev/ttyS1\", \"dataBits\": 6}", "printer.serial.dataBits: must be 7 or 8, was 6")]
    [InlineData("printer.serial", "{\"device\": \"/dev/ttyS1\", \"parity\": \"mark\"}", "printer.serial.parity: must be one of none, even, odd, was \"mark\"")]
    [InlineData("printer.serial", "{\"device\": \"/dev/ttyS1\", \"stopBits\": 1.5}", "printer.serial.stopBits: must be a whole number, was the number 1.5")]
    [InlineData("printer.serial", "{\"device\": \"/dev/ttyS1\", \"handshake\": \"xon-xoff\"}", "printer.serial.handshake: must be one of none, rts-cts, was \"xon-xoff\"")]
    public void A_wrong_value_names_the_file_and_the_key(string path, string valueJson, string expected)
    {
        var file = _scratch.Write(ProfileScratch.With(path, JsonNode.Parse(valueJson)));

        var error = Load(file);

        error.Message.Should().Be($"{file}: {expected}");
        error.KeyPath.Should().Be(expected[..expected.IndexOf(": ", StringComparison.Ordinal)]);
    }

    [Theory]
    [InlineData("printer.colums", "printer.colums: unknown key (allowed here: driver, columns, optional, serial)")]
    [InlineData("tset", "tset: unknown key (allowed here: name, test, display, keypad, printer, cardReader, host, terminal, security, storage, ecr)")]
    [InlineData("keypad.serial.flow", "keypad.serial.flow: unknown key (allowed here: device, baud, dataBits, parity, stopBits, handshake)")]
    [InlineData("host.masterkey", "host.masterkey: unknown key (allowed here: link, address, tpdu, connectTimeoutSeconds, readTimeoutSeconds, writeTimeoutSeconds, masterKey, masterKeyFile)")]
    public void An_unknown_key_is_an_error_so_a_typo_is_never_ignored(string path, string expected)
    {
        var file = _scratch.Write(ProfileScratch.With(path, JsonValue.Create("x")));

        Load(file).Message.Should().Be($"{file}: {expected}");
    }

    [Theory]
    [InlineData("display")]
    [InlineData("keypad")]
    [InlineData("printer")]
    [InlineData("cardReader")]
    [InlineData("host")]
    [InlineData("display.driver")]
    [InlineData("keypad.driver")]
    [InlineData("printer.driver")]
    [InlineData("cardReader.driver")]
    [InlineData("host.link")]
    [InlineData("host.tpdu")]
    public void A_missing_required_key_is_named(string path)
    {
        var file = _scratch.Write(ProfileScratch.Without(path));

        Load(file).Message.Should().Be($"{file}: {path}: required key is missing");
    }

    [Fact]
    public void A_key_given_twice_is_an_error()
    {
        var file = _scratch.WriteText(ProfileScratch.Valid().ToJsonString()
            .Replace("\"columns\":32,\"optional\"", "\"columns\":32,\"columns\":48,\"optional\"", StringComparison.Ordinal));

        Load(file).Message.Should().Be($"{file}: printer.columns: given more than once");
    }

    [Fact]
    public void A_tcp_link_needs_an_address()
    {
        var file = _scratch.Write(ProfileScratch.With("host.link", "tcp"));

        Load(file).Message.Should().Be($"{file}: host.address: required for link tcp");
    }

    [Fact]
    public void A_serial_driver_needs_its_serial_port()
    {
        var file = _scratch.Write(ProfileScratch.With("display.driver", "vt100-serial"));

        Load(file).Message.Should().Be($"{file}: display.serial: required for driver vt100-serial");
    }

    private static HardwareProfileException Load(string file)
    {
        var act = () => HardwareProfileLoader.Load(file);
        var error = act.Should().Throw<HardwareProfileException>().Which;
        error.Message.Should().NotContain("\n").And.NotContain("\r");
        error.FilePath.Should().Be(file);
        return error;
    }
}
