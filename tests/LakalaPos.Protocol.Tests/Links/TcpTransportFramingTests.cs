using System.Net.Sockets;
using FluentAssertions;
using LakalaPos.Protocol.Links;
using LakalaPos.HostSimulator.Server;

using LakalaPos.Tests.Shared;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>The TCP transport reading answers: pieces, bad lengths, drops and stalls in the middle, stray frames.</summary>
public sealed class TcpTransportFramingTests : SocketTest
{
    private static readonly byte[] Request = [0x60, 0x00, 0x03, 0x00, 0x00, 0x08, 0x00];

    [Fact]
    public void An_answer_written_one_byte_at_a_time_is_reassembled()
    {
        var host = Own(new RawHost());
        var transport = Transport(host.Port);
        var events = new TransportEvents(transport);
        transport.Send(1, Request);
        using var connection = host.Accept();
        connection.ReadFrame().Should().Equal(Request);

        foreach (var b in new byte[] { 0x00, 0x05, 0x10, 0x20, 0x30, 0x40, 0x50 })
            connection.Write(b);

        events.Next<TransportEvent.Answer>().Body.Should().Equal(0x10, 0x20, 0x30, 0x40, 0x50);
    }

    [Theory]
    [InlineData(0xFF, 0xFF, "frame length 65535 is over the maximum 4096; connection closed")]
    [InlineData(0x00, 0x00, "frame length 0: no message is empty; connection closed")]
    public void A_frame_length_that_cannot_be_right_loses_the_connection_and_says_why(byte high, byte low, string detail)
    {
        var host = Own(new RawHost());
        var transport = Transport(host.Port);
        var events = new TransportEvents(transport);
        transport.Send(1, Request);
        using var connection = host.Accept();
        connection.ReadFrame();

        connection.Write(high, low, 0x01, 0x02);

        var lost = events.Next<TransportEvent.ConnectionLost>();
        lost.ExchangeId.Should().Be(1);
        lost.Detail.Should().Be(detail);
        connection.SeesClosed().Should().BeTrue();
    }

    [Fact]
    public void A_connection_dropped_in_the_middle_of_an_answer_is_connection_lost()
    {
        var host = Own(new RawHost());
        var transport = Transport(host.Port);
        var events = new TransportEvents(transport);
        transport.Send(1, Request);
        var connection = host.Accept();
        connection.ReadFrame();

        connection.Write(0x00, 0x10, 0x01, 0x02, 0x03);
        connection.Dispose();

        var lost = events.Next<TransportEvent.ConnectionLost>();
        lost.ExchangeId.Should().Be(1);
        lost.Detail.Should().Be("the host closed the connection after 5 bytes of an answer");
    }

    [Fact]
    public void An_answer_that_stalls_half_way_past_the_read_timeout_is_connection_lost()
    {
        var host = Own(new RawHost());
        var transport = Transport(host.Port, readTimeout: TimeSpan.FromMilliseconds(100));
        var events = new TransportEvents(transport);
        transport.Send(1, Request);
        using var connection = host.Accept();
        connection.ReadFrame();

        connection.Write(0x00, 0x10, 0x01);

        events.Next<TransportEvent.ConnectionLost>().Detail.Should().Be("answer incomplete: 3 bytes, then nothing for 0.1 s");
    }

    [Fact]
    public void A_frame_nobody_waits_for_is_discarded_and_logged_masked()
    {
        var host = Own(new RawHost());
        var transport = Transport(host.Port);
        var events = new TransportEvents(transport);
        transport.Send(1, Request);
        using var connection = host.Accept();
        connection.ReadFrame();
        var packedPan = TestData.Hex("62 22 02 02 00 11 22 33 44 6F");

        connection.WriteFrame([0x01]);
        connection.WriteFrame(packedPan);
        events.Next<TransportEvent.Answer>();
        Wait.Until(() => Log.All.Contains("discarded"), "the stray frame is logged");

        Log.All.Should().Contain("10-byte frame").And.Contain("622202****").And.NotContain("0200112233446");
        events.Pending.Should().Be(0);
    }

}
