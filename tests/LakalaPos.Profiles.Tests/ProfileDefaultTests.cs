using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace LakalaPos.Profiles.Tests;

/// <summary>What a profile gets when it leaves a key out.</summary>
public sealed class ProfileDefaultTests : IDisposable
{
    private readonly ProfileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private HardwareProfile LoadMinimal() => HardwareProfileLoader.Load(_scratch.Write(JsonNode.Parse("""
        {
          "test": true,
          "display": { "driver": "headless" },
          "keypad": { "driver": "headless" },
          "printer": { "driver": "headless" },
          "cardReader": { "driver": "headless" },
          "host": { "link": "simulator", "tpdu": "6000030000" }
        }
        """)!.AsObject(), "minimal"));

    [Fact]
    public void The_name_is_the_file_name()
    {
        LoadMinimal().Name.Should().Be("minimal");
    }

    [Fact]
    public void The_display_is_32_columns_by_8_rows()
    {
        var display = LoadMinimal().Display;

        display.Columns.Should().Be(32);
        display.Rows.Should().Be(8);
        display.Serial.Should().BeNull();
    }

    [Fact]
    public void The_printer_is_58mm_and_optional()
    {
        var printer = LoadMinimal().Printer;

        printer.Columns.Should().Be(32);
        printer.Optional.Should().BeTrue();
    }

    [Fact]
    public void Prompts_and_the_host_time_out_after_60_seconds_and_connecting_after_10()
    {
        var profile = LoadMinimal();

        profile.Terminal.PromptTimeoutSeconds.Should().Be(60);
        profile.Terminal.HostTimeoutSeconds.Should().Be(60);
        profile.Host.ConnectTimeoutSeconds.Should().Be(10);
        profile.Host.ReadTimeoutSeconds.Should().Be(10);
        profile.Host.WriteTimeoutSeconds.Should().Be(10);
    }

    [Fact]
    public void Data_lives_in_the_data_folder()
    {
        LoadMinimal().Storage.DataDirectory.Should().Be("data");
    }

    [Fact]
    public void A_profile_that_does_not_say_test_is_not_a_test_profile()
    {
        var profile = ProfileScratch.Without("test");

        var act = () => HardwareProfileLoader.Load(_scratch.Write(profile));

        act.Should().Throw<HardwareProfileException>().WithMessage("*host.masterKey: a key written in the profile is allowed only in a test profile*");
    }

    [Fact]
    public void A_serial_port_runs_at_115200_baud_unless_told()
    {
        var profile = ProfileScratch.With("printer.driver", "escpos-serial");
        ProfileScratch.Set(profile, "printer.serial", new JsonObject { ["device"] = "/dev/ttyUSB0" });

        var printer = HardwareProfileLoader.Load(_scratch.Write(profile)).Printer;

        printer.Serial.Should().Be(new SerialPortProfile("/dev/ttyUSB0", 115200));
    }

    [Fact]
    public void A_serial_port_is_8N1_without_handshake_unless_told()
    {
        var profile = ProfileScratch.With("printer.driver", "escpos-serial");
        ProfileScratch.Set(profile, "printer.serial", new JsonObject { ["device"] = "/dev/ttyUSB0", ["baud"] = 9600 });

        var serial = HardwareProfileLoader.Load(_scratch.Write(profile)).Printer.Serial!;

        serial.DataBits.Should().Be(8);
        serial.Parity.Should().Be(SerialParity.None);
        serial.StopBits.Should().Be(1);
        serial.Handshake.Should().Be(SerialHandshake.None);
        serial.LineSettings.Should().Be("9600 8N1");
    }

    [Fact]
    public void Every_line_setting_of_a_serial_port_can_be_given()
    {
        var profile = ProfileScratch.With("printer.driver", "escpos-serial");
        ProfileScratch.Set(profile, "printer.serial", new JsonObject
        {
            ["device"] = "/dev/ttyS1", ["baud"] = 19200, ["dataBits"] = 7, ["parity"] = "even", ["stopBits"] = 2, ["handshake"] = "rts-cts",
        });

        var serial = HardwareProfileLoader.Load(_scratch.Write(profile)).Printer.Serial!;

        serial.Should().Be(new SerialPortProfile("/dev/ttyS1", 19200, 7, SerialParity.Even, 2, SerialHandshake.RtsCts));
        serial.LineSettings.Should().Be("19200 7E2 rts-cts");
    }

    [Theory]
    [InlineData("pos.acquirer.example:5800", "pos.acquirer.example", 5800)]
    [InlineData("10.1.2.3:6000", "10.1.2.3", 6000)]
    [InlineData("[::1]:5800", "::1", 5800)]
    public void A_tcp_host_address_is_host_and_port(string text, string host, int port)
    {
        var profile = ProfileScratch.With("host.link", "tcp");
        ProfileScratch.Set(profile, "host.address", text);

        var loaded = HardwareProfileLoader.Load(_scratch.Write(profile)).Host;

        loaded.Link.Should().Be(HostLinkKind.Tcp);
        loaded.Address.Should().Be(new HostAddress(host, port));
        loaded.Address!.ToString().Should().Be(text);
    }

    [Fact]
    public void The_tpdu_is_kept_in_upper_case_and_gives_its_five_bytes()
    {
        var host = HardwareProfileLoader.Load(_scratch.Write(ProfileScratch.With("host.tpdu", "600003000a"))).Host;

        host.Tpdu.Should().Be("600003000A");
        host.TpduBytes().Should().Equal(0x60, 0x00, 0x03, 0x00, 0x0A);
    }
}
