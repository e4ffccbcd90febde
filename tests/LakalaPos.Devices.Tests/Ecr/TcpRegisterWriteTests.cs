using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using LakalaPos.Devices.Ecr;
using Xunit;

namespace LakalaPos.Devices.Tests.Ecr;

/// <summary>A register that connects and stops reading must not stall the port's reader thread for ever.</summary>
public sealed class TcpRegisterWriteTests
{
    [Fact]
    public async Task Demonstrates_bug_a_write_to_a_register_that_never_reads_blocks_for_ever()
    {
        var listener = new TcpRegisterListener(new IPEndPoint(IPAddress.Loopback, 0), Serilog.Core.Logger.None);
        listener.Open();
        using var register = new TcpClient { ReceiveBufferSize = 4096 };
        register.Connect(listener.LocalEndpoint!);
        var buffer = new byte[64];
        var waited = Stopwatch.StartNew();
        while (!listener.HasRegister && waited.Elapsed < TimeSpan.FromSeconds(5))
            listener.Read(buffer, TimeSpan.FromMilliseconds(50));
        listener.HasRegister.Should().BeTrue();

        // The register never reads: once the socket buffers are full, a write can only wait or fail.
        var writer = Task.Run(() =>
        {
            try
            {
                for (var i = 0; i < 2_000; i++)
                    listener.Write(new byte[64 * 1024]);
            }
            catch (IOException)
            {
                // Given up: the port resets the link and goes on.
            }
        });

        var ended = await Task.WhenAny(writer, Task.Delay(TimeSpan.FromSeconds(10))) == writer;
        listener.Close();
        ended.Should().BeTrue("a write the register does not take must end (time out), or the port's reader thread stalls and no request is read again");
    }
}
