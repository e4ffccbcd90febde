using System.Net.Sockets;
using FluentAssertions;
using LakalaPos.Iso8583.Framing;
using LakalaPos.Protocol.Links;
using LakalaPos.HostSimulator.Server;

using LakalaPos.Tests.Shared;

namespace LakalaPos.HostSimulator.Tests.Server;

/// <summary>The frame server with raw clients: what each host reply does, and clients that misbehave.</summary>
public sealed class TcpFrameServerTests : SocketTest
{
    private readonly ScriptedEndpoint _endpoint = new();

    private TcpFrameServer Server() => Server(_endpoint, new TcpFrameServerOptions { OnlineCheckInterval = TimeSpan.FromMilliseconds(10) });

    private RawClient Client(TcpFrameServer server) => Own(RawClient.Connect(server.Port));

    [Fact]
    public void Port_zero_binds_a_free_port_on_loopback_and_reports_it()
    {
        var server = Server();

        server.Port.Should().BePositive();
        server.IsListening.Should().BeTrue();
    }

    [Fact]
    public void A_port_already_taken_is_refused_naming_it()
    {
        var port = Server().Port;

        FluentActions.Invoking(() => Server(_endpoint, new TcpFrameServerOptions { Port = port }))
            .Should().Throw<InvalidOperationException>().WithMessage($"cannot listen on 127.0.0.1:{port} (AddressAlreadyInUse)");
    }

    [Fact]
    public void An_answer_is_written_back_framed()
    {
        var client = Client(Server());

        client.WriteFrame([0x01, 0x02]);

        client.ReadFrame().Should().Equal(0x01, 0x02, 0xAA);
    }

    [Fact]
    public void A_request_split_over_many_writes_reaches_the_endpoint_whole()
    {
        var client = Client(Server());

        foreach (var b in new byte[] { 0x00, 0x03, 0x07, 0x08, 0x09 })
            client.Write(b);

        client.ReadFrame().Should().Equal(0x07, 0x08, 0x09, 0xAA);
    }

    [Fact]
    public void Silence_sends_nothing_and_keeps_the_connection_for_the_next_request()
    {
        _endpoint.Reply = body => body[0] == 0x01 ? new HostReply.Silence() : new HostReply.Answer([0x02]);
        var client = Client(Server());

        client.WriteFrame([0x01]);
        client.WriteFrame([0x05]);

        client.ReadFrame().Should().Equal(0x02);
        _endpoint.Received.Should().HaveCount(2);
    }

    [Fact]
    public void Drop_closes_the_connection_without_an_answer()
    {
        _endpoint.Reply = _ => new HostReply.Drop();
        var client = Client(Server());

        client.WriteFrame([0x01]);

        client.SeesClosed().Should().BeTrue();
    }

    [Fact]
    public void Clients_are_served_side_by_side_each_getting_its_own_answer()
    {
        var server = Server();
        var first = Client(server);
        var second = Client(server);
        var third = Client(server);

        third.WriteFrame([0x03]);
        first.WriteFrame([0x01]);
        second.WriteFrame([0x02]);

        first.ReadFrame().Should().Equal(0x01, 0xAA);
        second.ReadFrame().Should().Equal(0x02, 0xAA);
        third.ReadFrame().Should().Equal(0x03, 0xAA);
        server.ConnectionsAccepted.Should().Be(3);
    }

    [Fact]
    public void A_client_sending_garbage_loses_its_connection_and_the_server_serves_the_next()
    {
        var server = Server();
        var garbage = Client(server);
        garbage.Write([.. Enumerable.Range(0, 300).Select(i => (byte)(i * 37 + 0xF1))]);

        garbage.SeesClosed().Should().BeTrue();
        var next = Client(server);
        next.WriteFrame([0x04]);

        next.ReadFrame().Should().Equal(0x04, 0xAA);
        Log.All.Should().Contain("sent a bad frame: \"frame length");
    }

    [Fact]
    public void A_client_vanishing_mid_request_does_not_disturb_the_server()
    {
        var server = Server();
        var vanishing = RawClient.Connect(server.Port);
        vanishing.Write(0x00, 0x20, 0x01, 0x02);
        vanishing.Abort();
        var closedTooEarly = RawClient.Connect(server.Port);
        closedTooEarly.Dispose();

        var next = Client(server);
        next.WriteFrame([0x05]);

        next.ReadFrame().Should().Equal(0x05, 0xAA);
        Wait.Until(() => server.ConnectedClients == 1, "the vanished clients are forgotten");
        _endpoint.Received.Should().ContainSingle();
    }

    [Fact]
    public void An_endpoint_that_throws_costs_only_that_connection()
    {
        _endpoint.Reply = body => body[0] == 0xEE ? throw new InvalidOperationException("host bug") : new HostReply.Answer([0x06]);
        var server = Server();
        var failing = Client(server);

        failing.WriteFrame([0xEE]);

        failing.SeesClosed().Should().BeTrue();
        var next = Client(server);
        next.WriteFrame([0x01]);
        next.ReadFrame().Should().Equal(0x06);
        Log.All.Should().Contain("Host failed to handle a 1-byte request").And.Contain("InvalidOperationException");
    }

    [Fact]
    public void An_offline_endpoint_refuses_connections_so_the_transport_reports_not_connected()
    {
        _endpoint.Online = false;
        var server = Server();
        var transport = Transport(server.Port);
        var events = new TransportEvents(transport);

        transport.Send(1, [0x01]);

        events.Next<TransportEvent.NotConnected>().Detail.Should().EndWith("connection failed (ConnectionRefused)");
        server.IsListening.Should().BeFalse();
        _endpoint.Received.Should().BeEmpty();
    }

    [Fact]
    public void Going_offline_closes_the_clients_and_coming_back_listens_again_on_the_same_port()
    {
        var server = Server();
        var client = Client(server);
        client.WriteFrame([0x01]);
        client.ReadFrame();

        _endpoint.Online = false;
        client.SeesClosed().Should().BeTrue();
        Wait.Until(() => !server.IsListening, "the server stops listening");
        FluentActions.Invoking(() => RawClient.Connect(server.Port).Dispose()).Should().Throw<SocketException>();

        _endpoint.Online = true;
        Wait.Until(() => server.IsListening, "the server listens again");
        var back = Client(server);
        back.WriteFrame([0x02]);
        back.ReadFrame().Should().Equal(0x02, 0xAA);
    }

    [Fact]
    public void Dispose_closes_every_client_and_frees_the_port()
    {
        var server = Server();
        var client = Client(server);
        client.WriteFrame([0x01]);
        client.ReadFrame();

        server.Dispose();

        client.SeesClosed().Should().BeTrue();
        server.IsListening.Should().BeFalse();
        FluentActions.Invoking(() => RawClient.Connect(server.Port).Dispose()).Should().Throw<SocketException>();
    }
}
