using FluentAssertions;
using LakalaPos.Replay.Tests.Fakes;

namespace LakalaPos.Replay.Tests.Running;

public class VariableTests
{
    private readonly FakeReplayTarget target = new() { Journal = { Records.Sale(2) } };

    [Fact]
    public void A_saved_field_can_be_typed()
    {
        var result = Script.Run(target, "save rrn txn last rrn", "type $rrn");

        result.Passed.Should().BeTrue();
        target.Calls.Skip(1).Should().Equal("123456789012".Select(d => $"key {d}"));
    }

    [Fact]
    public void A_saved_field_can_be_expected_on_screen_in_print_in_the_journal_and_at_the_host()
    {
        target.ShowScreen("原参考号 123456789012");
        target.On("key ENTER", t =>
        {
            t.Printed.Add("参考号 123456789012");
            t.Send("0220", ("37", "123456789012"));
        });

        Script.Run(target,
                "save ref txn 000002 rrn", "key ENTER",
                "expect screen \"原参考号 $ref\"", "expect printed \"参考号 $ref\"",
                "expect txn last rrn=$ref", "expect host-sent 0220 37=$ref", "expect no-screen \"$ref-x\"")
            .Summary.Should().Be("PASS test.replay");
    }

    [Fact]
    public void An_escaped_dollar_stays_literal()
    {
        target.ShowScreen("余额 $rrn");

        Script.Run(target, "save rrn txn last rrn", @"expect screen ""余额 \$rrn""").Passed.Should().BeTrue();
    }

    [Fact]
    public void An_unknown_variable_fails_the_script_at_its_line()
    {
        Script.Run(target, "key 1", "type $rrn").Summary
            .Should().Be("FAIL test.replay:2: unknown variable $rrn (nothing saved yet)");
        Script.Run(new FakeReplayTarget { Journal = { Records.Sale(2) } }, "save auth txn last auth", "expect printed $ref").Summary
            .Should().Be("FAIL test.replay:2: unknown variable $ref (saved: $auth)");
    }

    [Fact]
    public void Typing_a_variable_that_is_not_digits_fails()
    {
        Script.Run(target, "save op txn last card", "type $op").Summary
            .Should().Be("FAIL test.replay:2: expected digits to type for '$op', was \"622202*********3446\"");
    }

    [Fact]
    public void Saving_a_field_the_entry_does_not_have_fails()
    {
        Script.Run(target, "save orig txn last origRrn").Summary
            .Should().Be("FAIL test.replay:1: expected txn last to have origRrn (to save as $orig), was none");
    }

    [Fact]
    public void A_later_save_replaces_the_value()
    {
        target.Journal.Add(Records.Sale(3) with { Rrn = "999999999999" });

        Script.Run(target, "save r txn 000002 rrn", "save r txn 000003 rrn", "expect txn last rrn=$r").Passed.Should().BeTrue();
    }
}
