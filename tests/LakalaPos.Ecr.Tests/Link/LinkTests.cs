using FluentAssertions;
using LakalaPos.Ecr.Framing;
using LakalaPos.Ecr.Link;
using LakalaPos.Ecr.Tests.Support;
using static LakalaPos.Ecr.Tests.Support.Wire;

namespace LakalaPos.Ecr.Tests.Link;

/// <summary>ACK/NAK, noise, stalls, resends and the queue, on a clock the test moves.</summary>
public class LinkTests
{
    private const string Body = "ver=1\ntype=QUERY\nid=R1\norder=A1";

    private readonly ManualClock _clock = new();
    private readonly LinkEnd _register;
    private readonly LinkEnd _terminal;

    public LinkTests()
    {
        _register = new LinkEnd(_clock, "register");
        _terminal = new LinkEnd(_clock, "terminal");
    }

    [Fact]
    public void A_message_sent_is_delivered_once_and_acknowledged()
    {
        _register.Link.Send(Body);
        LinkEnd.Pump(_register, _terminal);

        _terminal.Delivered.Should().Equal(Body);
        _register.Acknowledged.Should().Equal(Body);
        _register.Link.Pending.Should().Be(0);
    }

    [Fact]
    public void A_good_frame_is_answered_with_ack_alone()
    {
        _terminal.Link.Receive(EcrFrame.Encode(Body));

        _terminal.Link.TakeOutput().Should().Equal(Ack);
        _terminal.Delivered.Should().Equal(Body);
    }

    [Fact]
    public void Chinese_item_names_arrive_as_they_were_sent()
    {
        const string body = "ver=1\ntype=SALE\nid=R1\norder=A1\nitem=可乐|2|350\nitem=矿泉水（550ml）|1|200";

        _register.Link.Send(body);
        LinkEnd.Pump(_register, _terminal);

        _terminal.Delivered.Should().Equal(body);
    }

    [Fact]
    public void Bytes_arriving_one_at_a_time_make_the_same_frame()
    {
        foreach (var b in EcrFrame.Encode(Body))
        {
            _terminal.Delivered.Should().BeEmpty();
            _terminal.Link.Receive([b]);
            _clock.Advance(TimeSpan.FromMilliseconds(100));
            _terminal.Link.Tick();
        }

        _terminal.Delivered.Should().Equal(Body);
        _terminal.Link.TakeOutput().Should().Equal(Ack);
    }

    [Fact]
    public void Two_frames_in_one_read_are_both_delivered_in_order()
    {
        _terminal.Link.Receive([.. EcrFrame.Encode("ver=1\na=1"), .. EcrFrame.Encode("ver=1\na=2")]);

        _terminal.Delivered.Should().Equal("ver=1\na=1", "ver=1\na=2");
        _terminal.Link.TakeOutput().Should().Equal(Ack, Ack);
    }

    [Fact]
    public void Noise_before_the_stx_is_ignored_and_counted()
    {
        _terminal.Link.Receive([0x00, 0xFF, (byte)'x', 0x0D, 0x0A, .. EcrFrame.Encode(Body)]);

        _terminal.Delivered.Should().Equal(Body);
        _terminal.Link.NoiseBytes.Should().Be(5);
        _terminal.Link.TakeOutput().Should().Equal(Ack);
    }

    [Fact]
    public void A_garbled_frame_is_nakked_and_dropped()
    {
        _terminal.Link.Receive([EcrControl.Stx, .. "12x4"u8.ToArray(), .. "ver=1"u8.ToArray()]);

        _terminal.Delivered.Should().BeEmpty();
        _terminal.Link.TakeOutput().Should().Equal(Nak);
        _terminal.Link.FramesRefused.Should().Be(1);
    }

    [Fact]
    public void A_wrong_checksum_is_nakked_and_the_resend_is_acknowledged_and_delivered_once()
    {
        _register.Link.Send(Body);
        var first = _register.Link.TakeOutput();
        first[^1] ^= 0x55; // spoiled on the line

        _terminal.Link.Receive(first);
        _terminal.Delivered.Should().BeEmpty();
        var nak = _terminal.Link.TakeOutput();
        nak.Should().Equal(Nak);

        _register.Link.Receive(nak);
        LinkEnd.Pump(_register, _terminal);

        _terminal.Delivered.Should().Equal(Body);
        _register.Acknowledged.Should().Equal(Body);
        _register.GivenUp.Should().BeEmpty();
    }

    [Fact]
    public void A_frame_with_no_byte_for_500_ms_is_dropped_and_nakked()
    {
        _terminal.Link.Receive(EcrFrame.Encode(Body)[..10]);
        _clock.Advance(TimeSpan.FromMilliseconds(499));
        _terminal.Link.Tick();
        _terminal.Link.TakeOutput().Should().BeEmpty("499 ms is not a stall yet");

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        _terminal.Link.Tick();

        _terminal.Link.TakeOutput().Should().Equal(Nak);
        _terminal.Link.Receive(EcrFrame.Encode(Body));
        _terminal.Delivered.Should().Equal(new[] { Body }, "the next frame starts afresh");
    }

    [Fact]
    public void A_frame_not_acknowledged_is_sent_again_after_one_second()
    {
        _register.Link.Send(Body);
        var first = _register.Link.TakeOutput();

        _clock.Advance(TimeSpan.FromMilliseconds(999));
        _register.Link.Tick();
        _register.Link.TakeOutput().Should().BeEmpty();
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        _register.Link.Tick();

        _register.Link.TakeOutput().Should().Equal(first);
    }

    [Fact]
    public void A_frame_is_sent_four_times_at_most_then_given_up()
    {
        _register.Link.Send(Body);
        var sends = 0;
        for (var second = 0; second < 10; second++)
        {
            if (_register.Link.TakeOutput().Length > 0)
                sends++;
            _clock.Advance(TimeSpan.FromSeconds(1));
            _register.Link.Tick();
        }

        sends.Should().Be(4);
        _register.GivenUp.Should().Equal(Body);
        _register.Link.Pending.Should().Be(0);
    }

    [Fact]
    public void Nak_after_nak_gives_the_frame_up_after_the_fourth_send()
    {
        _register.Link.Send(Body);
        for (var i = 0; i < 4; i++)
        {
            _register.Link.TakeOutput().Should().NotBeEmpty($"send {i + 1}");
            _register.Link.Receive([Nak]);
        }

        _register.Link.TakeOutput().Should().BeEmpty();
        _register.GivenUp.Should().Equal(Body);
    }

    [Fact]
    public void A_second_message_waits_until_the_first_is_acknowledged()
    {
        _register.Link.Send("ver=1\na=1");
        _register.Link.Send("ver=1\na=2");

        _register.Link.TakeOutput().Should().Equal(EcrFrame.Encode("ver=1\na=1"));
        _register.Link.Pending.Should().Be(2);

        _register.Link.Receive([Ack]);

        _register.Link.TakeOutput().Should().Equal(EcrFrame.Encode("ver=1\na=2"));
        _register.Acknowledged.Should().Equal("ver=1\na=1");
    }

    [Fact]
    public void A_message_given_up_lets_the_next_one_go()
    {
        var link = new LinkEnd(_clock, "register", new EcrLinkTiming { MaxResends = 0 });
        link.Link.Send("ver=1\na=1");
        link.Link.Send("ver=1\na=2");
        link.Link.TakeOutput();

        link.Link.Receive([Nak]);

        link.GivenUp.Should().Equal("ver=1\na=1");
        link.Link.TakeOutput().Should().Equal(EcrFrame.Encode("ver=1\na=2"));
    }

    [Fact]
    public void An_ack_nobody_waits_for_is_ignored()
    {
        _terminal.Link.Receive([Ack, Nak]);

        _terminal.Link.TakeOutput().Should().BeEmpty();
        _terminal.Acknowledged.Should().BeEmpty();
    }

    [Fact]
    public void A_reset_drops_the_half_read_frame_and_gives_up_what_was_not_acknowledged()
    {
        _terminal.Link.Send("ver=1\na=1");
        _terminal.Link.Send("ver=1\na=2");
        _terminal.Link.Receive(EcrFrame.Encode(Body)[..8]);

        _terminal.Link.Reset();

        _terminal.GivenUp.Should().Equal("ver=1\na=1", "ver=1\na=2");
        _terminal.Link.TakeOutput().Should().BeEmpty();
        _terminal.Link.Receive(EcrFrame.Encode(Body));
        _terminal.Delivered.Should().Equal(Body);
    }

    [Fact]
    public void A_message_too_long_for_a_frame_is_refused_when_sent() =>
        FluentActions.Invoking(() => _register.Link.Send(new string('x', 10000))).Should().Throw<ArgumentException>();
}
