using FluentAssertions;
using LakalaPos.Replay.Tests.Fakes;

namespace LakalaPos.Replay.Tests.Running;

public class HostSentCheckTests
{
    private readonly FakeReplayTarget target = new();

    public HostSentCheckTests()
    {
        target.On("key 1", t => t.Send("0800", ("11", "000001"), ("60.1", "00")));
        target.On("key 2", t => t.Send("0200", ("3", "000000"), ("11", "000002"), ("25", "00"), ("60.1", "22")));
        target.On("key 3", t => t.Send("0200", ("3", "200000"), ("11", "000003"), ("25", "00"), ("60.1", "23")));
        target.On("key 4", t => t.Send("0400", ("2", "6222020200112233446"), ("11", "000003"), ("35", "6222020200112233446=2912"),
            ("39", "98"), ("52", "0123456789ABCDEF")));
        target.On("key 5", t => t.Send("0200", ("11", "000004"), ("55", "9F2608AABBCCDD"), ("62", "1122334455667788"), ("64", "3132333435363738")));
        target.On("key 6", t => t.Send("0320", ("11", "000005"), ("48", "0103000002962220202001122334460000000012345")));
    }

    [Fact]
    public void Failures_hide_the_card_list_of_a_batch_upload_on_both_sides()
    {
        var result = Script.Run(target, "key 6", "expect host-sent 0320 48=01030000029622202020011223344600000000999");

        result.Summary.Should().Contain("48=(card list hidden)").And.NotContain("6222020200112233446");
    }

    [Fact]
    public void Failures_hide_ic_data_keys_and_macs()
    {
        var result = Script.Run(target, "key 5", "expect no-host-sent 0200");

        result.Summary.Should().EndWith("0200 11=000004 55=(IC data hidden) 62=(keys hidden) 64=(MAC hidden)");
    }

    [Fact]
    public void Expect_host_sent_passes_when_any_message_in_the_window_has_all_the_fields()
    {
        Script.Run(target, "key 1", "key 2", "key 3", "expect host-sent 0200 3=200000 60.1=23", "expect host-sent 0200 3=000000")
            .Passed.Should().BeTrue();
    }

    [Fact]
    public void Expect_host_sent_without_fields_checks_only_the_mti()
    {
        Script.Run(target, "key 1", "expect host-sent 0800").Passed.Should().BeTrue();
    }

    [Fact]
    public void All_fields_must_match_in_the_same_message()
    {
        Script.Run(target, "key 2", "key 3", "expect host-sent 0200 3=200000 60.1=22").Summary.Should().Be(
            "FAIL test.replay:3: expected host-sent 0200 3=200000 60.1=22 in the window, was 0200 3=000000 60.1=22; 0200 3=200000 60.1=23");
    }

    [Fact]
    public void A_missing_field_shows_as_none()
    {
        Script.Run(target, "key 2", "expect host-sent 0200 48=1").Summary
            .Should().Be("FAIL test.replay:2: expected host-sent 0200 48=1 in the window, was 0200 48=(none)");
    }

    [Fact]
    public void With_no_message_of_that_mti_the_failure_lists_what_was_seen()
    {
        Script.Run(target, "key 1", "key 2", "expect host-sent 0400").Summary
            .Should().Be("FAIL test.replay:3: expected host-sent 0400 in the window, was no 0400 (seen: 0800, 0200)");
        Script.Run(new FakeReplayTarget(), "expect host-sent 0800").Summary
            .Should().Be("FAIL test.replay:1: expected host-sent 0800 in the window, was no 0800 (nothing reached the host in the window)");
    }

    [Fact]
    public void Mark_hides_messages_sent_before_it()
    {
        Script.Run(target, "key 2", "mark", "key 3", "expect host-sent 0200 3=000000").Summary
            .Should().StartWith("FAIL test.replay:4: expected host-sent 0200 3=000000 in the window, was 0200 3=200000");
    }

    [Fact]
    public void Expect_no_host_sent_passes_when_no_such_message_is_in_the_window()
    {
        Script.Run(target, "key 4", "mark", "key 2", "expect no-host-sent 0400").Passed.Should().BeTrue();
    }

    [Fact]
    public void Expect_no_host_sent_fails_listing_the_messages_with_secrets_hidden()
    {
        var result = Script.Run(target, "key 4", "expect no-host-sent 0400");

        result.Summary.Should().Be("FAIL test.replay:2: expected no 0400 sent to the host in the window, was 1: " +
            "0400 2=622202*********3446 11=000003 35=(track data hidden) 39=98 52=(PIN block hidden)");
        result.Summary.Should().NotContain("6222020200112233446");
    }

    [Fact]
    public void A_card_number_in_a_host_check_is_masked_on_both_sides_of_the_failure()
    {
        var result = Script.Run(target, "key 4", "expect host-sent 0400 2=6222020200112233446 39=06");

        result.Summary.Should().Be("FAIL test.replay:2: expected host-sent 0400 2=622202*********3446 39=06 in the window, " +
            "was 0400 2=622202*********3446 39=98");
    }

    [Fact]
    public void An_empty_value_passes_when_the_field_is_absent()
    {
        Script.Run(target, "key 2", "expect host-sent 0200 48= 3=000000").Passed.Should().BeTrue();
    }

    [Fact]
    public void An_empty_value_fails_when_the_field_is_there_and_the_failure_shows_it_empty_as_written()
    {
        Script.Run(target, "key 2", "expect host-sent 0200 60.1=").Summary
            .Should().Be("FAIL test.replay:2: expected host-sent 0200 60.1= in the window, was 0200 60.1=22");
    }

    [Fact]
    public void An_empty_value_for_a_card_or_track_field_shows_empty_too_not_a_mask()
    {
        Script.Run(target, "key 4", "expect host-sent 0400 35= 2=").Summary
            .Should().Be("FAIL test.replay:2: expected host-sent 0400 35= 2= in the window, " +
                "was 0400 35=(track data hidden) 2=622202*********3446");
    }

    [Fact]
    public void An_empty_value_for_a_batch_upload_card_list_shows_empty_too()
    {
        Script.Run(target, "key 6", "expect host-sent 0320 48=").Summary
            .Should().Be("FAIL test.replay:2: expected host-sent 0320 48= in the window, was 0320 48=(card list hidden)");
    }

    [Fact]
    public void An_empty_value_passes_when_any_message_of_that_mti_lacks_the_field()
    {
        Script.Run(target, "key 2", "key 5", "expect host-sent 0200 55= 3=000000").Passed.Should().BeTrue();
    }

    [Fact]
    public void An_empty_value_fails_when_every_message_of_that_mti_has_the_field()
    {
        Script.Run(target, "key 5", "expect host-sent 0200 55=").Summary
            .Should().Be("FAIL test.replay:2: expected host-sent 0200 55= in the window, was 0200 55=(IC data hidden)");
    }
}
