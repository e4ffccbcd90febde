using FluentAssertions;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Running;
using LakalaPos.Replay.Tests.Fakes;

namespace LakalaPos.Replay.Tests.Running;

public class RunnerTests
{
    private readonly FakeReplayTarget target = new();

    [Fact]
    public void The_profile_is_applied_before_boot_and_the_rest_runs_after_it_in_order()
    {
        var result = Script.Run(target, "clock 2026-11-23 08:30:00", "param voidPinRequired false", "profile a920", "key MENU");

        result.Passed.Should().BeTrue();
        target.Calls.Should().Equal("profile a920", "boot", "clock 2026-11-23 08:30:00 +08:00", "param voidPinRequired=false", "key MENU");
    }

    [Fact]
    public void Without_a_profile_the_target_boots_on_its_default()
    {
        Script.Run(target, "key ENTER");

        target.Calls.Should().Equal("boot", "key ENTER");
    }

    [Fact]
    public void Every_action_reaches_the_target()
    {
        var result = Script.Run(target,
            "key 1 F4", "type 0123", "login 01 0000", "swipe debit", "insert credit", "tap debit2", "remove",
            "bad-swipe", "wait 1500ms", "power-cycle", "paper out", "paper in");

        result.Passed.Should().BeTrue();
        target.Calls.Should().Equal("boot", "key 1", "key F4", "key 0", "key 1", "key 2", "key 3",
            "key 0", "key 1", "key ENTER", "key 0", "key 0", "key 0", "key 0", "key ENTER",
            "swipe debit", "insert credit", "tap debit2", "remove", "bad-swipe", "wait 1500ms", "power-cycle", "paper out", "paper in");
    }

    [Fact]
    public void Every_host_setting_reaches_the_target()
    {
        Script.Run(target, "host next decline 51", "host next timeout", "host offline", "host online", "host refundDays 7", "host merchantBalance 12.50");

        target.Calls.Should().Equal("boot", "host next decline 51", "host next timeout", "host offline", "host online",
            "host refundDays 7", "host merchantBalance 1250");
    }

    [Fact]
    public void A_host_text_reaches_the_target_as_one_argument_after_the_word_text()
    {
        Script.Run(target, "host next decline 05 text \"请 联系发卡行\"");

        target.HostRuleArguments.Should().Equal("05", "text", "请 联系发卡行");
    }

    [Fact]
    public void A_passing_script_reports_PASS_with_its_name()
    {
        Script.Run(target, "key ENTER").Summary.Should().Be("PASS test.replay");
    }

    [Fact]
    public void A_failing_check_stops_the_script_at_its_line()
    {
        target.ShowScreen("请输入操作员号");

        var result = Script.Run(target, "key 1", "expect screen 交易成功", "key 2");

        result.Summary.Should().Be("FAIL test.replay:2: expected screen \"交易成功\", was \"请输入操作员号\"");
        target.Calls.Should().NotContain("key 2");
    }

    [Fact]
    public void A_target_refusal_fails_the_script_at_that_line_with_its_message()
    {
        target.Throw("swipe nosuchcard", new ReplayCommandException("unknown test card 'nosuchcard' (cards: debit, credit)"));

        var result = Script.Run(target, "key ENTER", "swipe nosuchcard", "key ENTER");

        result.Summary.Should().Be("FAIL test.replay:2: swipe: unknown test card 'nosuchcard' (cards: debit, credit)");
        target.Calls.Should().HaveCount(3);
    }

    [Fact]
    public void Any_other_target_exception_fails_the_script_naming_its_type()
    {
        target.Throw("key ENTER", new InvalidOperationException("state machine\nwent wrong"));

        var result = Script.Run(target, "key ENTER");

        result.Summary.Should().Be("FAIL test.replay:1: key: InvalidOperationException: state machine went wrong");
    }

    [Fact]
    public void A_boot_failure_is_reported_at_the_profile_line()
    {
        target.Throw("boot", new ReplayCommandException("printer self-test failed"));

        var result = Script.Run(target, "# comment", "profile broken", "key 1");

        result.Summary.Should().Be("FAIL test.replay:2: boot: printer self-test failed");
    }

    [Fact]
    public void An_unknown_profile_is_reported_at_its_line()
    {
        target.Throw("profile nope", new ReplayCommandException("no hardware profile 'nope'"));

        Script.Run(target, "param a b", "profile nope").Summary.Should().Be("FAIL test.replay:2: profile: no hardware profile 'nope'");
    }

    [Fact]
    public void A_factory_that_throws_fails_the_script_instead_of_crashing()
    {
        var runner = new ScriptRunner(() => throw new IOException("disk full"));

        var result = runner.Run(ScriptParser.Parse("x.replay", ["key 1"]));

        result.Summary.Should().Be("FAIL x.replay:1: creating the terminal: IOException: disk full");
    }

    [Fact]
    public void The_target_is_disposed_after_a_pass_and_after_a_failure()
    {
        Script.Run(target, "key 1");
        target.Disposed.Should().BeTrue();

        var failing = new FakeReplayTarget().Throw("key 1", new Exception("boom"));
        Script.Run(failing, "key 1");
        failing.Disposed.Should().BeTrue();
    }

    [Fact]
    public void A_target_that_cannot_shut_down_fails_an_otherwise_passing_script()
    {
        target.ThrowOnDispose = new IOException("journal locked");

        Script.Run(target, "key 1", "key 2").Summary.Should().Be("FAIL test.replay:2: shutting the terminal down: IOException: journal locked");
    }

    [Fact]
    public void A_failure_keeps_the_screen_and_the_recent_log_for_diagnosis()
    {
        target.ShowScreen("交易失败", "51 余额不足");
        target.Log.AddRange(["10:00:01 sale declined 51", "10:00:02 idle"]);

        var result = Script.Run(target, "expect screen 交易成功");

        result.Screen.Should().Equal("交易失败", "51 余额不足");
        result.RecentLog.Should().Equal("10:00:01 sale declined 51", "10:00:02 idle");
    }

    [Fact]
    public void A_screen_that_cannot_be_read_after_a_failure_is_described_not_thrown()
    {
        target.Throw("key 1", new ReplayCommandException("dead"));
        target.ThrowOnScreen = new InvalidOperationException("display gone");

        var result = Script.Run(target, "key 1");

        result.Screen.Should().Equal("(screen unavailable: InvalidOperationException: display gone)");
    }
}
