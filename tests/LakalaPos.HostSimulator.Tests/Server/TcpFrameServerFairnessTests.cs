using System.Net;
using System.Net.Sockets;
using LakalaPos.HostSimulator.Server;
using LakalaPos.Iso8583.Framing;
using LakalaPos.Tests.Shared;

namespace LakalaPos.HostSimulator.Tests.Server;

/// <summary>
/// Who gets a slot when the server is full: a new connection takes the slot of the client waiting
/// longest — one that never sent a message first, else the one idle longest — and one address
/// cannot hold more than its share. A client being answered keeps its slot. The clock is the test's.
/// </summary>
public sealed class TcpFrameServerFairnessTests : SocketTest
{
    private readonly ScriptedEndpoint _endpoint = new();
    private readonly ManualClock _clock = new();

    private TcpFrameServer FullAt(int maxClients, int perAddress = 64) =>
        Server(_endpoint, new TcpFrameServerOptions { MaxClients = maxClients, MaxClientsPerAddress = perAddress, TimeProvider = _clock });

    /// <summary>Connects from <paramref name="localAddress"/> (any 127.x.y.z is this machine) and waits until the server counts it.</summary>
    private RawClient Connect(TcpFrameServer server, string localAddress = "127.0.0.1")
    {
        var before = server.ConnectionsAccepted;
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
        socket.Connect(IPAddress.Loopback, server.Port);
        Wait.Until(() => server.ConnectionsAccepted > before, "the server takes the connection in");
        return Own(new RawClient(socket));
    }

    private static void SignIn(RawClient client)
    {
        client.WriteFrame(Message.SignIn);
        client.ReadFrame().Should().Equal([.. Message.SignIn, 0xAA]);
    }

    [Fact]
    public void When_full_a_client_that_never_sent_a_message_gives_up_its_slot_before_one_that_did()
    {
        var server = FullAt(2);
        var silent = Connect(server);
        var terminal = Connect(server);
        SignIn(terminal);

        var newcomer = Connect(server);

        silent.SeesClosed().Should().BeTrue();
        SignIn(newcomer);
        SignIn(terminal);
        Wait.Until(() => Log.All.Contains("2 clients are connected, the most allowed: the slot of the client waiting longest goes to a new connection"), "the reason is logged");
    }

    [Fact]
    public void A_peer_sending_junk_counts_as_never_having_sent_a_message()
    {
        var server = FullAt(2);
        var terminal = Connect(server);
        SignIn(terminal);
        var junk = Connect(server);
        junk.WriteFrame([0x01]);
        junk.ReadFrame();
        // The answer can reach the peer just before the server marks the client idle again: a client being answered keeps its slot.
        Wait.Until(() => server.ClientsBeingAnswered == 0, "the server is done answering");

        Connect(server);

        junk.SeesClosed().Should().BeTrue();
        SignIn(terminal);
    }

    [Fact]
    public void Among_clients_that_never_sent_a_message_the_oldest_connection_goes_first()
    {
        var server = FullAt(2);
        var first = Connect(server);
        var second = Connect(server);

        Connect(server);

        first.SeesClosed().Should().BeTrue();
        SignIn(second);
    }

    [Fact]
    public void Among_clients_that_talked_the_one_idle_longest_goes_first()
    {
        var server = FullAt(2);
        var earlier = Connect(server);
        var later = Connect(server);
        SignIn(later);
        _clock.Advance(TimeSpan.FromSeconds(10));
        SignIn(earlier);
        _clock.Advance(TimeSpan.FromSeconds(10));

        Connect(server);

        later.SeesClosed().Should().BeTrue("its last request was 20 s ago, the other's 10 s ago");
        SignIn(earlier);
    }

    [Fact]
    public void A_client_being_answered_keeps_its_slot_and_only_then_is_a_new_connection_closed_at_once()
    {
        using var handling = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        _endpoint.Reply = body =>
        {
            handling.Set();
            release.Wait(Wait.Limit);
            return new HostReply.Answer([.. body, 0xAA]);
        };
        var server = FullAt(1);
        var busy = Connect(server);
        busy.WriteFrame(Message.SignIn);
        handling.Wait(Wait.Limit).Should().BeTrue("the host is answering the request");

        var refused = Own(RawClient.Connect(server.Port));

        refused.SeesClosed().Should().BeTrue();
        Wait.Until(() => Log.All.Contains("closed at once: \"1 clients are connected, the most allowed\", each being answered"), "the refusal is logged");
        release.Set();
        busy.ReadFrame().Should().Equal([.. Message.SignIn, 0xAA]);
        server.ConnectedClients.Should().Be(1);
    }

    [Fact]
    public void One_address_full_gives_up_its_own_longest_waiting_slot_and_leaves_other_addresses_alone()
    {
        var server = FullAt(maxClients: 10, perAddress: 2);
        var first = Connect(server, "127.0.0.1");
        var second = Connect(server, "127.0.0.1");
        var neighbour = Connect(server, "127.0.0.2");

        var third = Connect(server, "127.0.0.1");

        first.SeesClosed().Should().BeTrue();
        Wait.Until(() => Log.All.Contains("2 clients from 127.0.0.1 are connected, the most one address may have"), "the reason is logged");
        SignIn(neighbour);
        SignIn(second);
        SignIn(third);
        server.ConnectedClients.Should().Be(3);
    }
}
