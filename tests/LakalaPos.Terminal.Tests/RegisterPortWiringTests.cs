using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using LakalaPos.Devices;
using LakalaPos.Ecr.Messages;
using LakalaPos.Ecr.Register;
using LakalaPos.Profiles;
using LakalaPos.Terminal.Cli;
using LakalaPos.Terminal.Composition;
using Serilog.Core;
using Xunit;

namespace LakalaPos.Terminal.Tests;

/// <summary>The register's port as `run --ecr` wires it: listening while the terminal runs, closed with it.</summary>
public sealed class RegisterPortWiringTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("lakalapos-ecr-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void The_terminal_listens_for_its_register_while_it_runs_and_stops_listening_when_it_closes()
    {
        var port = FreePort();
        RunArguments.TryParse(["--ecr", $"127.0.0.1:{port}"], out var args, out var problem).Should().BeTrue(problem);
        var profile = args.Apply(HardwareProfileLoader.LoadByName(RepositoryRoot.Combine("hardware-profiles"), "test"));
        var devices = DeviceDriverRegistry.WithHeadless().Create(profile);
        var options = new EcrRegisterOptions { AnswerTimeout = TimeSpan.FromSeconds(5), Attempts = 5, ReconnectWait = TimeSpan.FromMilliseconds(200) };

        using (TerminalStack.Open(profile, devices, _data, null, Logger.None))
        {
            using var register = new EcrRegister(() => TcpEcrConnection.Connect("127.0.0.1", port, TimeSpan.FromSeconds(2)), options);

            // A request the port itself refuses: it shows the port is there and reading, whatever the engine does with requests.
            var answer = register.Ask(new EcrMessage("QUERY", [new("id", "R1"), new("order", "not an order")]));

            answer.Should().Match<TerminalAnswer>(a => a.Id == "R1" && a.Result == AnswerResult.Error && a.Reason == "INVALID");
        }

        var connect = () => TcpEcrConnection.Connect("127.0.0.1", port, TimeSpan.FromSeconds(2)).Dispose();
        connect.Should().Throw<IOException>("the port closed with the terminal");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
