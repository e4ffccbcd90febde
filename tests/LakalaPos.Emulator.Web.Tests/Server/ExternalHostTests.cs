using System.Net;
using FluentAssertions;
using Xunit;

namespace LakalaPos.Emulator.Web.Tests.Server;

/// <summary>A terminal pointed at a host of its own (--host) has no host panel: rules are given to that host.</summary>
public sealed class ExternalHostTests
{
    [Fact]
    public async Task The_host_panel_shows_where_the_host_is_and_takes_no_commands()
    {
        await using var emulator = await TestEmulator.StartAsync("--host", "127.0.0.1:9");

        using var response = await emulator.Http.PostAsync("/api/host", new StringContent("next timeout"));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Contain("no host panel: the terminal talks to a host of its own (--host)");
        emulator.Board.Snapshot().Host.Should().Match<Web.Board.HostState>(host => !host.Available && host.Description == "host 127.0.0.1:9");
    }
}
