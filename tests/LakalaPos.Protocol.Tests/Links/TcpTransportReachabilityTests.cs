using System.Diagnostics;
using FluentAssertions;
using LakalaPos.Protocol.Links;

using LakalaPos.Tests.Shared;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>
/// IsReachable keeps its caller (the terminal's engine) at most the smaller of the reachability
/// and connect time-outs, however long a connect hangs and whatever request is being sent.
/// </summary>
public sealed class TcpTransportReachabilityTests : SocketTest
{
    private static readonly TimeSpan LongConnectTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ShortReachability = TimeSpan.FromMilliseconds(100);
    private int _connects;

    /// <summary>A connect that never completes on its own (a host whose SYNs vanish), ended only by cancellation.</summary>
    private async ValueTask HangingConnect(System.Net.Sockets.Socket socket, CancellationToken cancel)
    {
        Interlocked.Increment(ref _connects);
        await Task.Delay(Timeout.Infinite, cancel);
    }

    private TcpTransport HangingTransport(TimeSpan reachability) => Own(new TcpTransport(new TcpTransportSettings
    {
        Host = "127.0.0.1",
        Port = 9,
        ConnectTimeout = LongConnectTimeout,
        ReachabilityTimeout = reachability,
        ConnectOverride = HangingConnect,
    }, Log.Logger()));

    [Fact]
    public void A_hanging_connect_is_given_up_after_the_reachability_timeout_not_the_connect_timeout()
    {
        var transport = HangingTransport(ShortReachability);
        var clock = Stopwatch.StartNew();

        transport.IsReachable().Should().BeFalse();

        clock.Elapsed.Should().BeLessThan(LongConnectTimeout / 2);
        Log.All.Should().Contain("not reachable: \"no connection within 0.1 s\"");
    }

    [Fact]
    public void A_request_being_sent_is_not_waited_for_past_the_limit()
    {
        var transport = HangingTransport(ShortReachability);
        transport.Send(1, [0x01]);
        Wait.Until(() => Volatile.Read(ref _connects) == 1, "the request is connecting");
        var clock = Stopwatch.StartNew();

        transport.IsReachable().Should().BeFalse();

        clock.Elapsed.Should().BeLessThan(LongConnectTimeout / 2);
        Volatile.Read(ref _connects).Should().Be(1, "it did not connect a second time beside the request");
        Log.All.Should().Contain("reachability not known within 0.1 s: a request is being sent");
    }

    [Fact]
    public void The_limit_is_the_connect_timeout_when_that_is_shorter()
    {
        var transport = Own(new TcpTransport(new TcpTransportSettings
        {
            Host = "127.0.0.1",
            Port = 9,
            ConnectTimeout = ShortReachability,
            ConnectOverride = HangingConnect,
        }, Log.Logger()));

        transport.IsReachable().Should().BeFalse();

        Log.All.Should().Contain("no connection within 0.1 s");
    }

    [Fact]
    public void With_a_connection_open_it_answers_at_once_without_connecting_again()
    {
        var server = Server(new ScriptedEndpoint());
        var transport = Transport(server.Port);
        var events = new TransportEvents(transport);
        transport.Send(1, [0x01]);
        events.Next<TransportEvent.Answer>();

        transport.IsReachable().Should().BeTrue();
        transport.IsReachable().Should().BeTrue();

        server.ConnectionsAccepted.Should().Be(1);
    }

    [Fact]
    public void The_reachability_timeout_must_be_positive() =>
        FluentActions.Invoking(() => new TcpTransportSettings { Host = "h", Port = 1, ReachabilityTimeout = TimeSpan.Zero })
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("a reachability timeout is longer than zero*");

    [Fact]
    public void By_default_it_waits_at_most_two_seconds() =>
        new TcpTransportSettings { Host = "h", Port = 1 }.ReachabilityTimeout.Should().Be(TimeSpan.FromSeconds(2));
}
