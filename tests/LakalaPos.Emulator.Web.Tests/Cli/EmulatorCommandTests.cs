using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using FluentAssertions;
using LakalaPos.Terminal.Cli;
using LakalaPos.Terminal.Emulator;
using Xunit;

namespace LakalaPos.Emulator.Web.Tests.Cli;

/// <summary><c>lakalapos emulator [--port N] [--profile NAME] [--data DIR] [--host H:P]</c>.</summary>
public sealed partial class EmulatorCommandTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("lakalapos-emulator-cli-");

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public void The_port_defaults_to_5080_and_the_rest_is_as_for_run()
    {
        EmulatorArguments.TryParse(["--profile", "test-80mm", "--data", "d", "--host", "10.0.0.1:5800"], out var parsed, out var error).Should().BeTrue(error);

        parsed.Port.Should().Be(5080);
        parsed.Terminal.Should().Be(new RunArguments("test-80mm", "d", null, false, "10.0.0.1:5800"));
    }

    [Theory]
    [InlineData(new[] { "--port" }, "--port needs a number from 0 to 65535 (0: any free port), was ''")]
    [InlineData(new[] { "--port", "http" }, "--port needs a number from 0 to 65535 (0: any free port), was 'http'")]
    [InlineData(new[] { "--port", "70000" }, "--port needs a number from 0 to 65535 (0: any free port), was '70000'")]
    [InlineData(new[] { "--colour", "green" }, "unknown option '--colour'")]
    [InlineData(new[] { "--line" }, "--line is an option of run (the browser has no line protocol)")]
    public void Bad_arguments_are_named_with_the_usage(string[] args, string message)
    {
        var error = new StringWriter();

        EmulatorCommand.Run(args, TextWriter.Null, error).Should().Be(2);

        error.ToString().Should().Be($"lakalapos: {message}\nusage: lakalapos {EmulatorArguments.Usage}\n".ReplaceLineEndings());
    }

    [Fact]
    public void A_port_in_use_is_said_in_one_line()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var error = new StringWriter();

        EmulatorCommand.Run(["--port", port.ToString(), "--data", _data.FullName], TextWriter.Null, error).Should().Be(2);

        error.ToString().Should().StartWith("lakalapos: ").And.Contain(port.ToString()).And.Contain("address already in use");
    }

    [Fact]
    public void A_profile_with_hardware_drivers_is_refused_naming_the_driver()
    {
        var profiles = Directory.CreateDirectory(Path.Combine(_data.FullName, "profiles")).FullName;
        File.WriteAllText(Path.Combine(profiles, "serial.json"), File.ReadAllText(Path.Combine(Terminal.Composition.ProfileDirectory.Locate(), "test.json"))
            .Replace("\"name\": \"test\"", "\"name\": \"serial\"").Replace("\"display\": { \"driver\": \"headless\"", "\"display\": { \"driver\": \"vt100-serial\", \"serial\": { \"device\": \"/dev/ttyS0\" }"));
        var error = new StringWriter();

        EmulatorCommand.Run(["--profiles", profiles, "--profile", "serial", "--data", _data.FullName], TextWriter.Null, error).Should().Be(2);

        error.ToString().Should().Contain("display.driver: driver \"vt100-serial\" is not available in this build");
    }

    [Fact]
    public async Task The_program_prints_where_the_page_is_and_serves_it()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "lakalapos.dll"), "emulator", "--port", "0", "--data", _data.FullName })
            info.ArgumentList.Add(arg);
        using var program = Process.Start(info)!;
        try
        {
            string? url = null;
            string? register = null;
            while (url is null && await program.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) is { } line)
            {
                register ??= RegisterLink().Match(line) is { Success: true } link ? link.Groups["address"].Value : null;
                url = Url().Match(line) is { Success: true } match ? match.Value : null;
            }
            url.Should().NotBeNull("the program prints \"Open http://127.0.0.1:PORT/ in a browser\"");
            register.Should().NotBeNull("the program prints \"register link: 127.0.0.1:PORT — lakalapos ecr --connect 127.0.0.1:PORT sale …\"");

            using var http = new HttpClient();
            (await http.GetStringAsync(url)).Should().Contain("<title>LakalaPos 终端模拟器</title>");

            // lakalapos ecr, from another shell, reaches the terminal on that address
            var output = new StringWriter();
            var exit = await Task.Run(() => EcrCommand.Run(["--connect", register!, "--timeout", "10", "query", "Q1"], TextReader.Null, output, TextWriter.Null));
            exit.Should().Be(1);
            output.ToString().Should().Contain("result=ERROR").And.Contain("reason=NO_ORDER");
        }
        finally
        {
            program.Kill(entireProcessTree: true);
            await program.WaitForExitAsync();
        }
    }

    [GeneratedRegex(@"^register link: (?<address>127\.0\.0\.1:\d+) — lakalapos ecr --connect \k<address> sale …$")]
    private static partial Regex RegisterLink();

    [GeneratedRegex(@"(?<=Open )http://127\.0\.0\.1:\d+/(?= in a browser)")]
    private static partial Regex Url();
}
