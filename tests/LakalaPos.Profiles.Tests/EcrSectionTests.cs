using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace LakalaPos.Profiles.Tests;

/// <summary>The optional "ecr" section: the register's link, TCP (the terminal listens) or serial.</summary>
public sealed class EcrSectionTests : IDisposable
{
    private readonly ProfileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Without_the_section_the_terminal_takes_no_register() =>
        Load(ProfileScratch.Valid()).Ecr.Should().BeNull();

    [Fact]
    public void A_tcp_link_is_an_address_the_terminal_listens_on()
    {
        var ecr = Load(ProfileScratch.With("ecr", JsonNode.Parse("""{ "tcp": "127.0.0.1:9100" }""")))!.Ecr!;

        ecr.Tcp.Should().Be(new IPEndPoint(IPAddress.Loopback, 9100));
        ecr.Serial.Should().BeNull();
        ecr.Describe().Should().Be("tcp 127.0.0.1:9100");
    }

    [Fact]
    public void A_serial_link_is_9600_8n1_unless_the_profile_says_otherwise()
    {
        var ecr = Load(ProfileScratch.With("ecr", JsonNode.Parse("""{ "serial": { "device": "/dev/ttyS2" } }""")))!.Ecr!;

        ecr.Serial.Should().Be(new SerialPortProfile("/dev/ttyS2", 9600));
        ecr.Describe().Should().Be("serial /dev/ttyS2 9600 8N1");
    }

    [Theory]
    [InlineData("""{ "tcp": "localhost:9100" }""", "ecr.tcp: must be an IP address and a port from 1 to 65535 to listen on, such as 127.0.0.1:9100, was \"localhost:9100\"")]
    [InlineData("""{ "tcp": "127.0.0.1" }""", "ecr.tcp: must be an IP address and a port from 1 to 65535 to listen on, such as 127.0.0.1:9100, was \"127.0.0.1\"")]
    [InlineData("""{ "tcp": "127.0.0.1:0" }""", "ecr.tcp: must be an IP address and a port from 1 to 65535 to listen on, such as 127.0.0.1:9100, was \"127.0.0.1:0\"")]
    [InlineData("""{ "tcp": 9100 }""", "ecr.tcp: must be a string, was the number 9100")]
    [InlineData("""{ }""", "ecr.tcp: required key is missing (or give serial)")]
    [InlineData("""{ "tcp": "127.0.0.1:9100", "serial": { "device": "/dev/ttyS2" } }""", "ecr.serial: give tcp or serial, not both")]
    [InlineData("""{ "serial": { "baud": 9600 } }""", "ecr.serial.device: required key is missing")]
    [InlineData("""{ "serial": { "device": "/dev/ttyS2", "baud": 9601 } }""", "ecr.serial.baud: must be one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600, was 9601")]
    [InlineData("""{ "udp": "127.0.0.1:9100" }""", "ecr.udp: unknown key (allowed here: tcp, serial)")]
    public void A_broken_section_names_the_file_and_the_key(string section, string expected)
    {
        var file = _scratch.Write(ProfileScratch.With("ecr", JsonNode.Parse(section)));

        var act = () => HardwareProfileLoader.Load(file);

        act.Should().Throw<HardwareProfileException>().Which.Message.Should().Be($"{file}: {expected}");
    }

    [Theory]
    [InlineData("127.0.0.1:9100", true)]
    [InlineData("0.0.0.0:9100", true)]
    [InlineData("[::1]:9100", true)]
    [InlineData("::1:9100", false)]
    [InlineData("pos.local:9100", false)]
    [InlineData("127.0.0.1:65536", false)]
    public void A_listen_address_is_an_ip_address_and_a_port(string text, bool valid) =>
        (EcrProfile.ParseListenAddress(text) is not null).Should().Be(valid);

    private HardwareProfile Load(JsonObject profile) => HardwareProfileLoader.Load(_scratch.Write(profile));
}
