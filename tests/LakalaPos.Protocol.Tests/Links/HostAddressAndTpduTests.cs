using FluentAssertions;
using System.Collections.Concurrent;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Links;
using LakalaPos.HostSimulator.Server;
using static LakalaPos.Protocol.Tests.TestData;

using LakalaPos.Tests.Shared;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>
/// 系统管理's TPDU and host address while the link runs: the next request carries the new TPDU
/// and goes to the new address; a request already sent keeps its way and its answer.
/// </summary>
public sealed class HostAddressAndTpduTests : IDisposable
{
    private readonly CollectingSink _log = new();
    private readonly List<IDisposable> _owned = [];

    public void Dispose()
    {
        foreach (var item in Enumerable.Reverse(_owned))
            item.Dispose();
    }

    [Fact]
    public void The_next_request_carries_the_new_tpdu()
    {
        var harness = new LinkHarness();
        harness.SignIn();
        harness.Host.Received[^1].Tpdu.Should().Equal(0x60, 0x00, 0x03, 0x00, 0x00);

        harness.Link.UseTpdu([0x60, 0x00, 0x05, 0x00, 0x01]);
        harness.Send(Sale()).Outcome.Should().Be(HostLinkOutcome.Answered);

        harness.Host.Received[^1].Mti.Should().Be("0200");
        harness.Host.Received[^1].Tpdu.Should().Equal(0x60, 0x00, 0x05, 0x00, 0x01);
        harness.Link.Tpdu.Should().Equal(0x60, 0x00, 0x05, 0x00, 0x01);
    }

    [Fact]
    public void A_request_in_flight_keeps_its_tpdu_and_its_answer_counts()
    {
        var transport = new ScriptedTransport();
        var results = new List<HostLinkResult>();
        var link = new Iso8583HostLink(transport, new HostLinkSettings { MasterKey = HostLinkSettings.TestMasterKey }, _log.Logger(), new FakeCrypto());
        link.Completed += (_, r) => results.Add(r);
        link.Send(Sale());

        link.UseTpdu([0x60, 0x00, 0x05, 0x00, 0x01]);
        var sent = Iso8583Codec.Decode(transport.Sent[0].Body);
        transport.Deliver(new TransportEvent.Answer(transport.Sent[0].Id, FakeHost.AnswerBody(sent, "00")));
        link.Send(Sale() with { Trace = 3 });

        sent.Tpdu.Should().Equal(0x60, 0x00, 0x03, 0x00, 0x00);
        results.Should().ContainSingle().Which.Outcome.Should().Be(HostLinkOutcome.Answered);
        Iso8583Codec.Decode(transport.Sent[1].Body).Tpdu.Should().Equal(0x60, 0x00, 0x05, 0x00, 0x01);
    }

    [Fact]
    public void A_tpdu_that_is_not_five_bytes_starting_60_is_refused()
    {
        var harness = new LinkHarness();

        harness.Invoking(h => h.Link.UseTpdu([0x61, 0, 0, 0, 0])).Should().Throw<ArgumentException>();
        harness.Invoking(h => h.Link.UseTpdu([0x60, 0, 0])).Should().Throw<ArgumentException>();
        harness.Link.Tpdu.Should().Equal(0x60, 0x00, 0x03, 0x00, 0x00);
    }

    [Fact]
    public void After_retarget_the_next_request_goes_to_the_new_address_and_the_old_connection_is_closed()
    {
        var (first, firstServer) = Host();
        var (second, secondServer) = Host();
        var (link, transport, results) = TcpLink(firstServer.Port);
        link.Send(SignIn());
        Next(results).Outcome.Should().Be(HostLinkOutcome.Answered);
        Wait.Until(() => firstServer.ConnectedClients == 1, "the first host keeps the connection");

        transport.Retarget($"127.0.0.1:{secondServer.Port}");
        link.Send(Sale());

        Next(results).Outcome.Should().Be(HostLinkOutcome.Answered);
        transport.Address.Should().Be($"127.0.0.1:{secondServer.Port}");
        first.Received.Select(m => m.Mti).Should().Equal("0800");
        second.Received.Select(m => m.Mti).Should().Equal("0200");
        Wait.Until(() => firstServer.ConnectedClients == 0, "the connection to the old address is closed");
        _log.Lines.Should().Contain(m => m.Contains($"the host address changed to 127.0.0.1:{secondServer.Port}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_request_in_flight_when_the_address_changes_still_gets_its_answer_from_the_old_host()
    {
        var (first, firstServer) = Host();
        var (second, secondServer) = Host();
        using var release = new ManualResetEventSlim();
        using var arrived = new ManualResetEventSlim();
        first.Behaviour = request =>
        {
            arrived.Set();
            release.Wait(Wait.Limit);
            return FakeHost.Approve(request);
        };
        var (link, transport, results) = TcpLink(firstServer.Port);
        link.Send(Sale());
        arrived.Wait(Wait.Limit).Should().BeTrue("the sale reaches the first host");

        transport.Retarget($"127.0.0.1:{secondServer.Port}");
        release.Set();

        Next(results).Outcome.Should().Be(HostLinkOutcome.Answered);
        Wait.Until(() => firstServer.ConnectedClients == 0, "the old connection is closed once its answer came");
        link.Send(Sale() with { Trace = 3 });
        Next(results).Outcome.Should().Be(HostLinkOutcome.Answered);
        first.Received.Should().ContainSingle();
        second.Received.Should().ContainSingle().Which.GetText(11).Should().Be("000003");
    }

    [Fact]
    public void Retarget_to_an_address_nobody_listens_on_is_not_connected_and_back_reaches_the_host()
    {
        var (host, server) = Host();
        var (link, transport, results) = TcpLink(server.Port);
        var nobody = FreePort();

        transport.Retarget($"127.0.0.1:{nobody}");
        link.Send(SignIn());
        var refused = Next(results);
        transport.Retarget($"127.0.0.1:{server.Port}");
        link.Send(SignIn(trace: 2));

        refused.Outcome.Should().Be(HostLinkOutcome.NotConnected);
        refused.Detail.Should().Contain($"127.0.0.1:{nobody}");
        Next(results).Outcome.Should().Be(HostLinkOutcome.Answered);
        host.Received.Should().ContainSingle().Which.GetText(11).Should().Be("000002");
    }

    [Fact]
    public void Retarget_refuses_what_is_not_host_and_port()
    {
        var (_, server) = Host();
        var (_, transport, _) = TcpLink(server.Port);

        transport.Invoking(t => t.Retarget("nohost")).Should().Throw<FormatException>();
        transport.Address.Should().Be($"127.0.0.1:{server.Port}");
    }

    [Fact]
    public void In_memory_the_host_answers_only_at_its_address_and_elsewhere_the_connection_is_refused()
    {
        var host = new FakeHost();
        var transport = new InMemoryTransport(host, "127.0.0.1:5800");
        var results = new List<HostLinkResult>();
        var link = new Iso8583HostLink(transport, new HostLinkSettings { MasterKey = HostLinkSettings.TestMasterKey }, _log.Logger(), new FakeCrypto());
        link.Completed += (_, r) => results.Add(r);

        transport.Retarget("127.0.0.1:5999");
        var reachableElsewhere = link.IsReachable();
        link.Send(SignIn());
        transport.Retarget("127.0.0.1:5800");
        link.Send(SignIn(trace: 2));

        reachableElsewhere.Should().BeFalse();
        results.Select(r => r.Outcome).Should().Equal(HostLinkOutcome.NotConnected, HostLinkOutcome.Answered);
        results[0].Detail.Should().Be("cannot connect to 127.0.0.1:5999: connection refused");
        host.Received.Should().ContainSingle().Which.GetText(11).Should().Be("000002");
        link.IsReachable().Should().BeTrue();
    }

    private (FakeHost Host, TcpFrameServer Server) Host()
    {
        var host = new FakeHost();
        var server = new TcpFrameServer(host, _log.Logger());
        _owned.Add(server);
        return (host, server);
    }

    private (Iso8583HostLink Link, TcpTransport Transport, BlockingCollection<HostLinkResult> Results) TcpLink(int port)
    {
        var transport = new TcpTransport(new TcpTransportSettings { Host = "127.0.0.1", Port = port }, _log.Logger());
        _owned.Add(transport);
        var link = new Iso8583HostLink(transport, new HostLinkSettings { MasterKey = HostLinkSettings.TestMasterKey }, _log.Logger(), new FakeCrypto());
        var results = new BlockingCollection<HostLinkResult>();
        link.Completed += (_, r) => results.Add(r);
        return (link, transport, results);
    }

    private static HostLinkResult Next(BlockingCollection<HostLinkResult> results)
    {
        results.TryTake(out var result, Wait.Limit).Should().BeTrue("the link reports a result");
        return result!;
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
}
