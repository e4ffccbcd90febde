using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using LakalaPos.Devices.Ecr;
using Serilog.Core;
using Xunit;

namespace LakalaPos.Devices.Tests.Ecr;

/// <summary>A listener on port 0 (the emulator's register link): where it listens is known once open, and stays the same when it opens again.</summary>
public sealed class TcpRegisterListenerTests
{
    [Fact]
    public void Where_it_listens_is_not_known_before_it_opens()
    {
        var listener = new TcpRegisterListener(new IPEndPoint(IPAddress.Loopback, 0), Logger.None);

        listener.WaitUntilListening(TimeSpan.FromMilliseconds(50)).Should().BeNull();
        listener.LocalEndpoint.Should().BeNull();
    }

    [Fact]
    public void On_port_0_it_listens_on_a_port_the_system_chose_and_keeps_it_when_opened_again()
    {
        var listener = new TcpRegisterListener(new IPEndPoint(IPAddress.Loopback, 0), Logger.None);
        try
        {
            listener.Open();
            var chosen = listener.WaitUntilListening(TimeSpan.FromSeconds(1))!;
            chosen.Address.Should().Be(IPAddress.Loopback);
            chosen.Port.Should().BePositive();
            listener.LocalEndpoint.Should().Be(chosen);

            listener.Close();
            listener.Open();

            listener.LocalEndpoint.Should().Be(chosen);
            listener.WaitUntilListening(TimeSpan.Zero).Should().Be(chosen);
            using var register = new TcpClient();
            register.Connect(chosen);
            listener.Name.Should().Be("tcp 127.0.0.1:0");
        }
        finally
        {
            listener.Close();
        }
    }
}
