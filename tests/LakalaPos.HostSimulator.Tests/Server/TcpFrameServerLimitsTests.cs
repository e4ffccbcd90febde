using System.Net.Sockets;
using FluentAssertions;
using LakalaPos.Iso8583.Framing;
using LakalaPos.HostSimulator.Server;

using LakalaPos.Tests.Shared;

namespace LakalaPos.HostSimulator.Tests.Server;

/// <summary>
/// What a client may cost the server: a client idle, stalled or sending frames that are not
/// messages is disconnected, and a failing accept waits before it tries again. The clock is the
/// test's, so no test waits for real time to pass.
/// </summary>
public sealed class TcpFrameServerLimitsTests : SocketTest
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan Frame = TimeSpan.FromSeconds(10);
    private readonly ScriptedEndpoint _endpoint = new();
    private readonly ManualClock _clock = new();

    private TcpFrameServer LimitedServer(int maxClients = 64, int maxUndecodableFrames = 3, Func<Socket, CancellationToken, ValueTask<Socket>>? accept = null) =>
        Server(_endpoint, new TcpFrameServerOptions
        {
            IdleTimeout = Idle,
            FrameTimeout = Frame,
            MaxClients = maxClients,
            MaxUndecodableFrames = maxUndecodableFrames,
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
        client.WriteFrame(Message.SignIn);
        client.ReadFrame().Should().Equal([.. Message.SignIn, 0xAA]);
        WaitUntilTheServerWaits(Idle);

        _clock.Advance(Idle - TimeSpan.FromSeconds(1));

        client.WriteFrame(Message.EchoTest);
        client.ReadFrame().Should().Equal([.. Message.EchoTest, 0xAA], "the client did a request within every idle timeout");
    }

    [Fact]
    public void A_frame_that_is_not_a_message_is_answered_but_does_not_reset_the_idle_time()
    {
        var client = Client(LimitedServer());
        WaitUntilTheServerWaits(Idle);
        _clock.Advance(Idle - TimeSpan.FromSeconds(1));

        client.WriteFrame([0x01]);
        client.ReadFrame().Should().Equal(new byte[] { 0x01, 0xAA }, "the host still gets it (it records it, its rules act on it)");
        WaitUntilTheServerWaits(TimeSpan.FromSeconds(1));
        _clock.Advance(TimeSpan.FromSeconds(1));

        client.SeesClosed().Should().BeTrue();
        Wait.Until(() => Log.All.Contains("disconnected: \"no request for 120 s (only 1 frames that are not ISO 8583 messages)\""), "the reason is logged");
    }

    [Fact]
    public void The_third_frame_that_is_not_a_message_closes_the_connection_before_it_reaches_the_host()
    {
        var client = Client(LimitedServer());

        client.WriteFrame([0x01]);
        client.WriteFrame([0x02]);
        client.WriteFrame([0x03]);

        client.ReadFrame().Should().Equal(0x01, 0xAA);
        client.ReadFrame().Should().Equal(0x02, 0xAA);
        client.SeesClosed().Should().BeTrue();
        _endpoint.Received.Should().HaveCount(2);
        Wait.Until(() => Log.All.Contains("disconnected: \"3 frames that are not ISO 8583 messages\""), "the reason is logged");
    }

    [Fact]
    public void Frames_that_are_not_messages_count_over_the_connection_even_between_real_requests()
    {
        var client = Client(LimitedServer(maxUndecodableFrames: 2));

        client.WriteFrame([0x01]);
        client.WriteFrame(Message.SignIn);
        client.WriteFrame([0x02]);

        client.ReadFrame().Should().Equal(0x01, 0xAA);
        client.ReadFrame().Should().Equal([.. Message.SignIn, 0xAA]);
        client.SeesClosed().Should().BeTrue();
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
    [InlineData("clients")]
    [InlineData("per-address")]
    [InlineData("undecodable")]
    public void Counts_must_be_at_least_one(string which)
    {
        var act = () => which switch
        {
            "clients" => new TcpFrameServerOptions { MaxClients = 0 },
            "per-address" => new TcpFrameServerOptions { MaxClientsPerAddress = 0 },
            _ => new TcpFrameServerOptions { MaxUndecodableFrames = 0 },
        };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("at least one is needed*");
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
    public void Defaults_are_two_minutes_idle_ten_seconds_per_request_64_clients_from_any_address_three_undecodable_frames_and_one_second_between_failed_accepts()
    {
        var options = new TcpFrameServerOptions();

        (options.IdleTimeout, options.FrameTimeout, options.MaxClients, options.MaxClientsPerAddress, options.MaxUndecodableFrames, options.AcceptRetryDelay)
            .Should().Be((TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(10), 64, 64, 3, TimeSpan.FromSeconds(1)));
    }
}
