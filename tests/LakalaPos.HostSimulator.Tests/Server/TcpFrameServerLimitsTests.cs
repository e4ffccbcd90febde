using System.Net.Sockets;
using FluentAssertions;
using LakalaPos.Iso8583.Framing;
using LakalaPos.HostSimulator.Server;

using LakalaPos.Tests.Shared;

namespace LakalaPos.HostSimulator.Tests.Server;

/// <summary>
/// What a client may cost the server: an idle or stalled client is disconnected, clients beyond
/// the maximum are turned away, and a failing accept waits before it tries again. The clock is
/// the test's, so no test waits for real time to pass.
/// </summary>
public sealed class TcpFrameServerLimitsTests : SocketTest
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan Frame = TimeSpan.FromSeconds(10);
    private readonly ScriptedEndpoint _endpoint = new();
    private readonly ManualClock _clock = new();

    private TcpFrameServer LimitedServer(int maxClients = 64, Func<Socket, CancellationToken, ValueTask<Socket>>? accept = null) =>
        Server(_endpoint, new TcpFrameServerOptions
        {
            IdleTimeout = Idle,
            FrameTimeout = Frame,
            MaxClients = maxClients,
            TimeProvider = _clock,
            AcceptOverride = accept,
        });

    private RawClient Client(TcpFrameServer server) => Own(RawClient.Connect(server.Port));

    private void WaitUntilTheServerWaits(TimeSpan forAtMost) =>
        Wait.Until(() => _clock.HasTimerDueIn(forAtMost), $"the server waits on the client for {forAtMost.TotalSeconds} s");

    [Fact]
    public void A_client_sending_nothing_for_the_idle_timeout_is_disconnected()
    {
        var client = Client(LimitedServer());
        WaitUntilTheServerWaits(Idle);

        _clock.Advance(Idle);

        client.SeesClosed().Should().BeTrue();
        Wait.Until(() => Log.All.Contains("disconnected: \"no request for 120 s\""), "the reason is logged");
    }

    [Fact]
    public void The_idle_time_counts_from_the_last_request()
    {
        var client = Client(LimitedServer());
        WaitUntilTheServerWaits(Idle);
        _clock.Advance(Idle - TimeSpan.FromSeconds(1));
        client.WriteFrame([0x01]);
        client.ReadFrame().Should().Equal(0x01, 0xAA);
        WaitUntilTheServerWaits(Idle);

        _clock.Advance(Idle - TimeSpan.FromSeconds(1));

        client.WriteFrame([0x02]);
        client.ReadFrame().Should().Equal(new byte[] { 0x02, 0xAA }, "the client did a request within every idle timeout");
    }

    [Fact]
    public void A_request_started_and_not_finished_within_the_frame_timeout_is_disconnected()
    {
        var client = Client(LimitedServer());
        WaitUntilTheServerWaits(Idle);

        client.Write(0x00, 0x10, 0x01);
        WaitUntilTheServerWaits(Frame);
        _clock.Advance(Frame);

        client.SeesClosed().Should().BeTrue();
        Wait.Until(() => Log.All.Contains("disconnected: \"request incomplete: 3 bytes, then nothing for 10 s\""), "the reason is logged");
        _endpoint.Received.Should().BeEmpty();
    }

    [Fact]
    public void Clients_beyond_the_maximum_are_closed_at_once_and_the_others_still_served()
    {
        var server = LimitedServer(maxClients: 1);
        var first = Client(server);
        first.WriteFrame([0x01]);
        first.ReadFrame();

        var extra = Client(server);

        extra.SeesClosed().Should().BeTrue();
        Wait.Until(() => Log.All.Contains("closed at once: 1 clients are already connected"), "the refusal is logged");
        first.WriteFrame([0x02]);
        first.ReadFrame().Should().Equal(0x02, 0xAA);
        server.ConnectionsAccepted.Should().Be(1);
    }

    [Fact]
    public void A_slot_freed_by_a_leaving_client_is_given_to_the_next()
    {
        var server = LimitedServer(maxClients: 1);
        var first = Client(server);
        first.WriteFrame([0x01]);
        first.ReadFrame();

        first.Dispose();
        Wait.Until(() => server.ConnectedClients == 0, "the server sees the client leave");
        var next = Client(server);

        next.WriteFrame([0x02]);
        next.ReadFrame().Should().Equal(0x02, 0xAA);
    }

    [Fact]
    public void A_failing_accept_is_logged_once_and_tried_again_only_after_the_retry_delay()
    {
        var attempts = 0;
        var server = LimitedServer(accept: (listener, cancel) =>
            Interlocked.Increment(ref attempts) == 1
                ? throw new SocketException((int)SocketError.TooManyOpenSockets)
                : listener.AcceptAsync(cancel));
        Wait.Until(() => Log.All.Contains("Accepting a connection failed (\"TooManyOpenSockets\", 1 in a row); trying again in 1 s"), "the failure is logged");
        WaitUntilTheServerWaits(TimeSpan.FromSeconds(1));
        Volatile.Read(ref attempts).Should().Be(1, "the server waits instead of failing again at once");

        _clock.Advance(TimeSpan.FromSeconds(1));

        var client = Client(server);
        client.WriteFrame([0x01]);
        client.ReadFrame().Should().Equal(0x01, 0xAA);
        Log.Lines.Count(l => l.Contains("Accepting a connection failed")).Should().Be(1);
    }

    [Theory]
    [InlineData("idle")]
    [InlineData("frame")]
    [InlineData("retry")]
    public void Time_limits_must_be_positive(string which)
    {
        var act = () => which switch
        {
            "idle" => new TcpFrameServerOptions { IdleTimeout = TimeSpan.Zero },
            "frame" => new TcpFrameServerOptions { FrameTimeout = TimeSpan.Zero },
            _ => new TcpFrameServerOptions { AcceptRetryDelay = TimeSpan.Zero },
        };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("a time-out or delay is longer than zero*");
    }

    [Fact]
    public void At_least_one_client_must_be_allowed() =>
        FluentActions.Invoking(() => new TcpFrameServerOptions { MaxClients = 0 }).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Defaults_are_two_minutes_idle_ten_seconds_per_request_64_clients_and_one_second_between_failed_accepts()
    {
        var options = new TcpFrameServerOptions();

        (options.IdleTimeout, options.FrameTimeout, options.MaxClients, options.AcceptRetryDelay)
            .Should().Be((TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(10), 64, TimeSpan.FromSeconds(1)));
    }
}
