using FluentAssertions;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Links;

using LakalaPos.Tests.Shared;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>
/// After an answer the link refused as another request's, the transport gives up the connection
/// it came on; frames nobody waits for are dropped and logged, masked.
/// </summary>
public sealed class TcpTransportOutOfStepTests : SocketTest
{
    private static readonly byte[] Request = [0x60, 0x00, 0x03, 0x00, 0x00, 0x08, 0x00];

    [Fact]
    public void Abandon_after_the_answer_closes_the_connection_it_came_on_and_the_next_send_connects_again()
    {
        var host = Own(new RawHost());
        var transport = Transport(host.Port);
        var events = new TransportEvents(transport);
        transport.Send(1, Request);
        using var first = host.Accept();
        first.ReadFrame();
        first.WriteFrame([0x01]);
        events.Next<TransportEvent.Answer>();

        transport.Abandon(1);

        first.SeesClosed().Should().BeTrue();
        transport.Send(2, Request);
        using var second = host.Accept();
        second.ReadFrame();
        second.WriteFrame([0x02]);
        var answer = events.Next<TransportEvent.Answer>();
        answer.ExchangeId.Should().Be(2);
        answer.Body.Should().Equal(0x02);
    }

    [Fact]
    public void A_request_sent_on_that_connection_since_is_lost_with_it()
    {
        var host = Own(new RawHost());
        var transport = Transport(host.Port);
        var events = new TransportEvents(transport);
        transport.Send(1, Request);
        using var connection = host.Accept();
        connection.ReadFrame();
        connection.WriteFrame([0x01]);
        events.Next<TransportEvent.Answer>();
        transport.Send(2, Request);
        connection.ReadFrame();

        transport.Abandon(1);

        var lost = events.Next<TransportEvent.ConnectionLost>();
        lost.ExchangeId.Should().Be(2);
        lost.Detail.Should().Be("the connection was given up: an answer on it was out of step");
        connection.SeesClosed().Should().BeTrue();
    }

    [Fact]
    public void Abandoning_an_exchange_twice_or_one_never_sent_changes_nothing()
    {
        var server = Server(new ScriptedEndpoint());
        var transport = Transport(server.Port);
        var events = new TransportEvents(transport);
        transport.Send(1, Request);
        events.Next<TransportEvent.Answer>();
        transport.Abandon(1);

        transport.Abandon(1);
        transport.Abandon(99);
        transport.Send(2, Request);

        events.Next<TransportEvent.Answer>().ExchangeId.Should().Be(2);
        events.Pending.Should().Be(0);
        server.ConnectionsAccepted.Should().Be(2);
    }

    [Fact]
    public void A_stray_frame_that_is_a_message_is_logged_with_its_card_data_masked()
    {
        var host = Own(new RawHost());
        var transport = Transport(host.Port);
        var events = new TransportEvents(transport);
        transport.Send(1, Request);
        using var connection = host.Accept();
        connection.ReadFrame();
        var stray = Iso8583Codec.Encode(new Iso8583Message("0210").Set(2, TestData.DebitPan).Set(11, "000007").Set(52, Convert.FromHexString("A1B2C3D4E5F60718")));

        connection.WriteFrame([0x01]);
        connection.WriteFrame(stray);
        events.Next<TransportEvent.Answer>();
        Wait.Until(() => Log.All.Contains("discarded"), "the stray frame is logged");

        Log.All.Should().Contain("622202*********3446").And.Contain("000007");
        Log.All.Should().NotContain(TestData.DebitPan).And.NotContain("A1B2C3D4");
    }
}
