using LakalaPos.HostSimulator.Observability;
using LakalaPos.HostSimulator.Tests.Support;
using LakalaPos.Iso8583.Framing;

namespace LakalaPos.HostSimulator.Tests;

/// <summary>The byte edge with input no codec can read: it must record, stay silent and never throw.</summary>
public class HandleSafetyTests
{
    private static readonly byte[] NotAMessage = [0x01, 0x02, 0x03];
    private readonly HostUnderTest _host = new();

    private AcquirerSimulator Simulator => _host.Simulator;

    [Fact]
    public void The_host_accepts_connections_until_it_goes_offline_and_again_once_online()
    {
        Simulator.AcceptsConnections.Should().BeTrue();

        Simulator.Online = false;
        Simulator.AcceptsConnections.Should().BeFalse();

        Simulator.Online = true;
        Simulator.AcceptsConnections.Should().BeTrue();
    }

    [Fact]
    public void Offline_nothing_reaches_the_host_a_message_handed_to_it_anyway_is_dropped_unrecorded()
    {
        Simulator.Online = false;
        Simulator.QueueRule("approve", []);

        Simulator.Handle(NotAMessage).Should().BeOfType<HostReply.Drop>();

        Simulator.Received.Should().BeEmpty();
        Simulator.QueuedRuleCount.Should().Be(1, "no message arrived to use the rule up");
    }

    [Fact]
    public void Bytes_that_are_not_a_message_get_no_answer_and_are_recorded_with_the_reason()
    {
        var reply = Simulator.Handle(NotAMessage);

        reply.Should().BeOfType<HostReply.Silence>();
        var entry = Simulator.Received.Should().ContainSingle().Subject;
        entry.IsDecoded.Should().BeFalse();
        entry.Message.Should().BeNull();
        entry.DecodeError.Should().NotBeNullOrWhiteSpace();
        entry.Raw.Should().Equal(NotAMessage);
        entry.Fields.Should().BeEmpty();
    }

    [Fact]
    public void Empty_and_null_bodies_are_handled_safely()
    {
        Simulator.Handle([]).Should().BeOfType<HostReply.Silence>();
        Simulator.Handle(null!).Should().BeOfType<HostReply.Silence>();
        Simulator.Received.Should().HaveCount(2);
    }

    [Fact]
    public void Every_message_is_raised_as_an_event_in_arrival_order_with_the_host_time()
    {
        var seen = new List<ReceivedMessage>();
        Simulator.MessageReceived += (_, entry) => seen.Add(entry);

        Simulator.Handle(NotAMessage);
        _host.Clock.LocalNow = _host.Clock.LocalNow.AddSeconds(5);
        Simulator.Handle([0xFF]);

        seen.Select(e => e.Sequence).Should().Equal(1, 2);
        seen[1].ReceivedAt.Should().Be(new DateTimeOffset(2026, 11, 22, 10, 0, 5, TimeSpan.FromHours(8)));
        Simulator.Received.Should().Equal(seen);
    }

    [Fact]
    public void The_record_keeps_its_own_copy_of_the_bytes()
    {
        var body = new byte[] { 0x01, 0x02, 0x03 };
        Simulator.Handle(body);

        body[0] = 0x99;

        Simulator.Received[0].Raw.Should().Equal(0x01, 0x02, 0x03);
    }

    [Fact]
    public void A_failing_event_handler_does_not_break_the_host()
    {
        Simulator.MessageReceived += (_, _) => throw new InvalidOperationException("observer bug");

        var act = () => Simulator.Handle(NotAMessage);

        act.Should().NotThrow();
        _host.Log.All.Should().Contain("observer bug");
    }

    [Fact]
    public void An_unreadable_message_uses_up_a_rule_and_drop_still_drops()
    {
        Simulator.QueueRule("drop", []);

        Simulator.Handle(NotAMessage).Should().BeOfType<HostReply.Drop>();
        Simulator.QueuedRuleCount.Should().Be(0);
    }

    [Fact]
    public void An_unreadable_message_with_rule_garbage_gets_garbage_back()
    {
        Simulator.QueueRule("garbage", []);

        var reply = Simulator.Handle(NotAMessage).Should().BeOfType<HostReply.Answer>().Subject;

        reply.Body.Should().Equal("GARBAGE-NOT-8583"u8.ToArray());
    }

    [Fact]
    public void An_unreadable_message_with_rule_approve_gets_no_answer_there_is_nothing_to_approve()
    {
        Simulator.QueueRule("approve", []);

        Simulator.Handle(NotAMessage).Should().BeOfType<HostReply.Silence>();
        Simulator.QueuedRuleCount.Should().Be(0);
    }

    [Fact]
    public void Unreadable_bytes_are_logged_as_hex_with_card_numbers_masked()
    {
        // 0xFF then a PAN in packed BCD after its length prefix, as field 2 carries it
        var body = Convert.FromHexString("FF19" + "6222020200112233446" + "0");

        Simulator.Handle(body);

        _host.Log.All.Should().NotContain("6222020200112233446").And.NotContain("0200112233");
        _host.Log.All.Should().Contain("FF196222**********");
    }

    [Fact]
    public void A_received_record_prints_no_bytes()
    {
        Simulator.Handle(Convert.FromHexString("FF196222020200112233446" + "0"));

        Simulator.Received[0].ToString().Should().StartWith("#1 12 bytes, not a message").And.NotContain("622202");
    }
}
