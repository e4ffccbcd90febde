using FluentAssertions;
using System.Collections.Concurrent;
using LakalaPos.Core.Host;
using LakalaPos.Protocol.Links;
using LakalaPos.HostSimulator.Server;
using static LakalaPos.Protocol.Tests.TestData;

using LakalaPos.Tests.Shared;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>The whole path: Iso8583HostLink → TcpTransport → TcpFrameServer → a host endpoint, and back.</summary>
public sealed class TcpHostLinkTests : IDisposable
{
    private readonly CollectingSink _log = new();
    private readonly FakeHost _host = new();
    private readonly TcpFrameServer _server;
    private readonly TcpTransport _transport;
    private readonly Iso8583HostLink _link;
    private readonly BlockingCollection<HostLinkResult> _results = [];

    public TcpHostLinkTests()
    {
        _server = new TcpFrameServer(_host, _log.Logger());
        _transport = new TcpTransport(new TcpTransportSettings { Host = "127.0.0.1", Port = _server.Port }, _log.Logger());
        _link = new Iso8583HostLink(_transport, new HostLinkSettings { MasterKey = HostLinkSettings.TestMasterKey }, _log.Logger(), new FakeCrypto());
        _link.Completed += (_, r) => _results.Add(r);
    }

    public void Dispose()
    {
        _transport.Dispose();
        _server.Dispose();
    }

    private HostLinkResult NextResult()
    {
        _results.TryTake(out var result, Wait.Limit).Should().BeTrue("the link reports a result");
        return result!;
    }

    [Fact]
    public void A_sign_in_over_tcp_is_answered_and_loads_the_working_keys()
    {
        _host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "00", a => a.Set(62, FakeCrypto.Field62)));
        var signIn = SignIn();

        _link.Send(signIn);

        var result = NextResult();
        result.Outcome.Should().Be(HostLinkOutcome.Answered);
        result.Request.Should().BeSameAs(signIn);
        result.Response!.Approved.Should().BeTrue();
        _link.HasWorkingKeys.Should().BeTrue();
        _host.Received.Should().ContainSingle().Which.Mti.Should().Be("0800");
    }

    [Fact]
    public void After_sign_in_a_sale_goes_out_maced_on_the_same_connection()
    {
        _host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "00", a => a.Set(62, FakeCrypto.Field62)));
        _link.Send(SignIn());
        NextResult();
        _host.Behaviour = FakeHost.Approve;

        _link.Send(Sale());

        NextResult().Outcome.Should().Be(HostLinkOutcome.Answered);
        _host.Received[^1].Has(64).Should().BeTrue();
        _server.ConnectionsAccepted.Should().Be(1);
    }

    [Fact]
    public void A_request_the_core_abandoned_lets_the_reversal_go_out_on_a_new_connection()
    {
        _host.Behaviour = _ => new HostReply.Silence();
        var sale = Sale();
        _link.Send(sale);
        Wait.Until(() => _server.ConnectedClients == 1 && _host.Received.Count == 1, "the sale reaches the host");

        _link.Abandon(sale);
        _host.Behaviour = FakeHost.Approve;
        _link.Send(ReversalOf(sale));

        var result = NextResult();
        result.Request.Kind.Should().Be(HostMessageKind.Reversal);
        result.Outcome.Should().Be(HostLinkOutcome.Answered);
        _server.ConnectionsAccepted.Should().Be(2);
    }
}
