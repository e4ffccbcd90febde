using FluentAssertions;
using LakalaPos.Terminal.Cli;
using Xunit;

namespace LakalaPos.Terminal.Tests;

/// <summary><c>run</c>'s options: <c>--line</c> keeps the line protocol on a terminal.</summary>
public sealed class RunArgumentsTests
{
    [Fact]
    public void Line_asks_for_the_line_protocol_and_is_off_by_default()
    {
        RunArguments.TryParse(["--data", "d"], out var plain, out _).Should().BeTrue();
        RunArguments.TryParse(["--line", "--data", "d"], out var line, out var error).Should().BeTrue(error);

        plain.Line.Should().BeFalse();
        line.Should().Be(plain with { Line = true });
        RunArguments.Usage.Should().Contain("[--line]");
    }

    [Fact]
    public void Ecr_listens_for_a_register_there_instead_of_the_profiles_ecr_section()
    {
        RunArguments.TryParse(["--ecr", "127.0.0.1:9100"], out var parsed, out var error).Should().BeTrue(error);

        parsed.Ecr.Should().Be(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 9100));
        RunArguments.Usage.Should().Contain("[--ecr ADDRESS:PORT]");
    }

    [Theory]
    [InlineData("localhost:9100")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:0")]
    public void Ecr_needs_an_ip_address_and_a_port(string address)
    {
        RunArguments.TryParse(["--ecr", address], out _, out var error).Should().BeFalse();

        error.Should().Be($"--ecr needs an IP address and port to listen on for the register, such as 127.0.0.1:9100, was '{address}'");
    }
}
