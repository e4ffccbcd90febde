using System.Net.Sockets;
using FluentAssertions;
using LakalaPos.Protocol.Links;
using LakalaPos.HostSimulator.Server;

using LakalaPos.Tests.Shared;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>The TCP transport against real sockets on 127.0.0.1: connections, exchanges, abandon, busy, dispose.</summary>
public sealed class TcpTransportTests : SocketTest
{
    private static readonly byte[] Request = [0x60, 0x00, 0x03, 0x00, 0x00, 0x08, 0x00];

    [Fact]
    public void An_answer_comes_back_as_an_event_tagged_with_the_exchange()
    {
        var endpoint = new ScriptedEndpoint();
        var transport = Transport(Server(endpoint).Port);
        var events = new TransportEvents(transport);

        transport.Send(7, Request);

        var answer = events.Next<TransportEvent.Answer>();
        answer.ExchangeId.Should().Be(7);
        answer.Body.Should().Equal([.. Request, 0xAA]);
        endpoint.Received.Should().ContainSingle().Which.Should().Equal(Request);
    }

    [Fact]
    public void Two_requests_in_a_row_share_one_connection()
    {
        var server = Server(new ScriptedEndpoint());
        var transport = Transport(server.Port);
        var events = new TransportEvents(transport);

        transport.Send(1, Request);
        events.Next<TransportEvent.Answer>().ExchangeId.Should().Be(1);
        transport.Send(2, [0x01, 0x02]);

        events.Next<TransportEvent.Answer>().Body.Should().Equal(0x01, 0x02, 0xAA);
        server.ConnectionsAccepted.Should().Be(1);
    }

    [Fact]
    public void After_the_host_closes_the_connection_the_next_send_connects_again()
    {
        var server = Server(new ScriptedEndpoint());
        var transport = Transport(server.Port);
        var events = new TransportEvents(transport);
        transport.Send(1, Request);
        events.Next<TransportEvent.Answer>();

        server.DisconnectAll();
        Wait.Until(() => !transport.IsConnected, "the transport sees the host close");
        transport.Send(2, Request);

        events.Next<TransportEvent.Answer>().ExchangeId.Should().Be(2);
        server.ConnectionsAccepted.Should().Be(2);
        // The kernel reports the host's close as an end of stream, or, when the close races with
        // the client's own traffic, as a reset; either way the transport must say the host went.
        Log.All.Should().ContainAny("the host closed the connection", "ConnectionReset");
    }

    [Fact]
    public void A_host_not_listening_gives_not_connected_with_the_reason()
    {
        var port = PortNobodyListensOn();
        var transport = Transport(port);
        var events = new TransportEvents(transport);

        transport.Send(3, Request);

        var refused = events.Next<TransportEvent.NotConnected>();
        refused.ExchangeId.Should().Be(3);
        refused.Detail.Should().Be($"cannot connect to 127.0.0.1:{port}: connection failed (ConnectionRefused)");
    }

    [Fact]
    public void After_a_refused_connect_the_next_send_tries_again()
    {
        var host = Own(new RawHost());
        var port = host.Port;
        host.Dispose();
        var transport = Transport(port);
        var events = new TransportEvents(transport);
        transport.Send(1, Request);
        events.Next<TransportEvent.NotConnected>();

        var endpoint = new ScriptedEndpoint();
        var server = Server(endpoint, new TcpFrameServerOptions { Port = port });
        transport.Send(2, Request);

        events.Next<TransportEvent.Answer>().ExchangeId.Should().Be(2);
        server.ConnectionsAccepted.Should().Be(1);
    }

    [Fact]
    public void A_silent_host_raises_nothing_and_after_abandon_its_late_answer_is_discarded()
    {
        var host = Own(new RawHost());
        var transport = Transport(host.Port);
        var events = new TransportEvents(transport);
        transport.Send(1, Request);
        using var first = host.Accept();
        first.ReadFrame();
        events.Pending.Should().Be(0, "silence is the core's to time out");

        transport.Abandon(1);
        first.SeesClosed().Should().BeTrue("the abandoned request's connection is closed, so its answer cannot meet the next request");
        try
        {
            first.WriteFrame([0xDE, 0xAD]);
        }
        catch (SocketException)
        {
            // The late answer may not even leave the host: either way it must not arrive.
        }
        transport.Send(2, Request);
        using var second = host.Accept();
        second.ReadFrame();
        second.WriteFrame([0x02]);

        var answer = events.Next<TransportEvent.Answer>();
        answer.ExchangeId.Should().Be(2);
        answer.Body.Should().Equal(0x02);
        events.Pending.Should().Be(0);
    }

    [Fact]
    public void A_second_send_while_one_is_outstanding_is_refused_busy_and_does_not_leave()
    {
        var endpoint = new ScriptedEndpoint { Reply = _ => new HostReply.Silence() };
        var transport = Transport(Server(endpoint).Port);
        var events = new TransportEvents(transport);
        transport.Send(1, Request);

        transport.Send(2, [0x09]);

        var busy = events.Next<TransportEvent.NotConnected>();
        busy.ExchangeId.Should().Be(2);
        busy.Detail.Should().Be("busy: exchange 1 is still outstanding");
        Wait.Until(() => endpoint.Received.Count == 1, "the first request reaches the host");
        endpoint.Received.Should().ContainSingle().Which.Should().Equal(Request);
    }

    [Fact]
    public void Is_reachable_with_a_listening_host_and_not_without_one()
    {
        var endpoint = new ScriptedEndpoint();
        Transport(Server(endpoint).Port).IsReachable().Should().BeTrue();
        Transport(PortNobodyListensOn()).IsReachable().Should().BeFalse();
    }

    [Fact]
    public void The_connection_made_by_is_reachable_carries_the_next_request()
    {
        var server = Server(new ScriptedEndpoint());
        var transport = Transport(server.Port);
        var events = new TransportEvents(transport);
        transport.IsReachable().Should().BeTrue();

        transport.Send(1, Request);

        events.Next<TransportEvent.Answer>();
        server.ConnectionsAccepted.Should().Be(1);
    }

    [Fact]
    public void A_handler_that_throws_does_not_stop_the_reader()
    {
        var server = Server(new ScriptedEndpoint());
        var transport = Transport(server.Port);
        var events = new TransportEvents(transport);
        var thrown = 0;
        transport.Event += (_, _) =>
        {
            if (Interlocked.Increment(ref thrown) == 1)
                throw new InvalidOperationException("handler bug");
        };
        transport.Send(1, Request);
        events.Next<TransportEvent.Answer>();

        transport.Send(2, Request);

        events.Next<TransportEvent.Answer>().ExchangeId.Should().Be(2);
        Log.All.Should().Contain("Transport event handler failed");
    }

    [Fact]
    public void After_dispose_a_send_is_refused_and_the_connection_is_closed()
    {
        var host = Own(new RawHost());
        var transport = Transport(host.Port);
        var events = new TransportEvents(transport);
        transport.IsReachable().Should().BeTrue();
        using var connection = host.Accept();

        transport.Dispose();
        transport.Send(1, Request);

        connection.SeesClosed().Should().BeTrue();
        events.Pending.Should().Be(0, "a closed transport raises nothing");
        transport.IsReachable().Should().BeFalse();
    }

    [Fact]
    public void Logs_name_connects_and_disconnects_but_never_the_bytes()
    {
        var pan = TestData.Hex("62 22 02 02 00 11 22 33 44 6F");
        var endpoint = new ScriptedEndpoint { Reply = body => new HostReply.Answer(body) };
        var transport = Transport(Server(endpoint).Port);
        var events = new TransportEvents(transport);

        transport.Send(1, pan);
        events.Next<TransportEvent.Answer>();
        transport.Dispose();

        Log.All.Should().Contain("Connected to host \"127.0.0.1:").And.Contain("Disconnected from host");
        Log.All.Should().NotContain("6222020200112233446").And.NotContain("622202020011");
    }
}
