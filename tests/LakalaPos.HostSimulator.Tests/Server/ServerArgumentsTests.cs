using LakalaPos.HostSimulator.Hosting;
using LakalaPos.HostSimulator.Server;

namespace LakalaPos.HostSimulator.Tests.Server;

/// <summary>The simulator program's command line: where it listens, where it keeps state, and the server's limits.</summary>
public sealed class ServerArgumentsTests
{
    [Fact]
    public void The_limits_not_given_keep_the_server_defaults()
    {
        ServerArguments.TryParse(["--port", "5800"], out var parsed, out _).Should().BeTrue();

        var options = parsed.ServerOptions();

        options.Port.Should().Be(5800);
        options.Should().BeEquivalentTo(new TcpFrameServerOptions { Port = 5800 }, o => o.Excluding(x => x.TimeProvider));
    }

    [Fact]
    public void Each_limit_can_be_given_on_the_command_line()
    {
        ServerArguments.TryParse(
            ["--port", "0", "--idle-timeout", "2", "--frame-timeout", "0.5", "--max-clients", "10", "--max-clients-per-address", "4", "--max-undecodable-frames", "1"],
            out var parsed, out var error).Should().BeTrue(error);

        var options = parsed.ServerOptions();

        (options.IdleTimeout, options.FrameTimeout, options.MaxClients, options.MaxClientsPerAddress, options.MaxUndecodableFrames)
            .Should().Be((TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(500), 10, 4, 1));
    }

    [Theory]
    [InlineData("--idle-timeout", "0", "--idle-timeout needs a number of seconds above 0 and up to 86400 (e.g. 120 or 0.5), was '0'")]
    [InlineData("--frame-timeout", "-1", "--frame-timeout needs a number of seconds above 0 and up to 86400 (e.g. 120 or 0.5), was '-1'")]
    [InlineData("--max-clients", "0", "--max-clients needs a whole number from 1 to 100000, was '0'")]
    [InlineData("--max-clients-per-address", "x", "--max-clients-per-address needs a whole number from 1 to 100000, was 'x'")]
    [InlineData("--max-undecodable-frames", "", "--max-undecodable-frames needs a whole number from 1 to 100000, was ''")]
    [InlineData("--port", "65536", "--port needs a whole number from 0 to 65535, was '65536'")]
    public void A_bad_limit_is_refused_naming_the_option_and_what_it_takes(string option, string value, string expected)
    {
        ServerArguments.TryParse(["--port", "0", option, value], out _, out var error).Should().BeFalse();

        error.Should().Be(expected);
    }

    [Fact]
    public void A_long_value_is_cut_in_the_error()
    {
        ServerArguments.TryParse(["--port", new string('9', 100_000)], out _, out var error).Should().BeFalse();

        error.Should().Be($"--port needs a whole number from 0 to 65535, was '{new string('9', 64)}…(100000 characters)'");
    }

    [Fact]
    public void A_long_unknown_option_is_cut_in_the_error()
    {
        ServerArguments.TryParse(["--port", "0", "--" + new string('x', 100_000)], out _, out var error).Should().BeFalse();

        error.Should().Be($"unknown option '--{new string('x', 62)}…(100002 characters)'");
    }

    [Fact]
    public void The_port_is_required()
    {
        ServerArguments.TryParse(["--memory"], out _, out var error).Should().BeFalse();

        error.Should().Be("--port is required");
    }
}
