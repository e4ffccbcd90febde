using FluentAssertions;
using LakalaPos.Replay.Running;
using LakalaPos.Replay.Suite;
using LakalaPos.Replay.Tests.Fakes;

namespace LakalaPos.Replay.Tests.Suite;

public sealed class ReplaySuiteTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly StringWriter output = new() { NewLine = "\n" };
    private readonly List<FakeReplayTarget> targets = [];

    /// <summary>Each script gets a fresh fake whose screen shows "请输入操作员号".</summary>
    private IReplayTarget NewTarget()
    {
        var target = new FakeReplayTarget();
        target.ShowScreen("请输入操作员号");
        target.Log.Add("10:00:00 boot done");
        targets.Add(target);
        return target;
    }

    private int Run(params string[] paths) => ReplaySuite.Run(paths, NewTarget, output, null);

    private string[] Lines => output.ToString().TrimEnd('\n').Split('\n');

    public void Dispose() => folder.Dispose();

    [Fact]
    public void All_passing_scripts_exit_zero_with_one_line_each_and_the_summary_last()
    {
        folder.Write("a.replay", "expect screen 请输入操作员号");
        folder.Write("b.replay", "key 1");

        Run(folder.Path).Should().Be(ReplaySuite.ExitPassed);
        Lines.Should().Equal("PASS a.replay", "PASS b.replay", "2 passed, 0 failed");
    }

    [Fact]
    public void Folders_are_searched_recursively_in_a_fixed_order_and_named_relative_to_the_folder()
    {
        folder.Write("void/z.replay", "key 1");
        folder.Write("sale/b.replay", "key 1");
        folder.Write("sale/a.replay", "key 1");
        folder.Write("a.replay", "key 1");
        folder.Write("notes.txt", "not a script");

        Run(folder.Path);

        Lines.Should().Equal("PASS a.replay", "PASS sale/a.replay", "PASS sale/b.replay", "PASS void/z.replay", "4 passed, 0 failed");
    }

    [Fact]
    public void A_file_path_is_named_by_its_file_name_and_paths_run_in_the_order_given()
    {
        var second = folder.Write("deep/second.replay", "key 1");
        var first = folder.Write("first.replay", "key 1");

        Run(second, first);

        Lines.Should().Equal("PASS second.replay", "PASS first.replay", "2 passed, 0 failed");
    }

    [Fact]
    public void Each_script_runs_on_a_fresh_target()
    {
        folder.Write("a.replay", "key 1");
        folder.Write("b.replay", "key 2");

        Run(folder.Path);

        targets.Should().HaveCount(2);
        targets.Select(t => t.Calls.Last()).Should().Equal("key 1", "key 2");
        targets.Should().OnlyContain(t => t.Disposed);
    }

    [Fact]
    public void A_failure_prints_the_fail_line_then_the_screen_and_log_indented_and_exits_one()
    {
        folder.Write("a.replay", "key 1", "expect screen 交易成功");
        folder.Write("b.replay", "key 1");

        Run(folder.Path).Should().Be(ReplaySuite.ExitFailed);

        Lines.Should().Equal(
            "FAIL a.replay:2: expected screen \"交易成功\", was \"请输入操作员号\"",
            "  screen:",
            "    |请输入操作员号|",
            "  log:",
            "    10:00:00 boot done",
            "PASS b.replay",
            "1 passed, 1 failed");
    }

    [Fact]
    public void A_syntax_error_fails_the_script_without_running_it()
    {
        folder.Write("bad.replay", "key 1", "wait 5 minutes");

        Run(folder.Path).Should().Be(ReplaySuite.ExitFailed);

        Lines.Should().Equal(
            "FAIL bad.replay:2: syntax error: wait takes 1 argument, got 2 (usage: wait DURATION)",
            "0 passed, 1 failed");
        targets.Should().BeEmpty();
    }

    [Fact]
    public void No_scripts_at_all_is_a_failure_with_a_clear_message()
    {
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "empty"));

        Run(System.IO.Path.Combine(folder.Path, "empty")).Should().Be(ReplaySuite.ExitFailed);

        Lines[0].Should().StartWith("no replay scripts found in: ");
        Lines[^1].Should().Be("0 passed, 0 failed");
    }

    [Fact]
    public void A_path_that_does_not_exist_is_a_failed_entry()
    {
        folder.Write("a.replay", "key 1");
        var missing = System.IO.Path.Combine(folder.Path, "nope.replay");

        Run(folder.Path, missing).Should().Be(ReplaySuite.ExitFailed);

        Lines.Should().Equal("PASS a.replay", $"FAIL {missing}: no such file or folder", "1 passed, 1 failed");
    }

    [Fact]
    public void A_target_exception_becomes_a_fail_line_and_the_suite_goes_on()
    {
        folder.Write("a.replay", "key 1");
        folder.Write("b.replay", "key 2");
        var first = true;

        var code = ReplaySuite.Run([folder.Path], () =>
        {
            var target = NewTarget();
            if (first)
                ((FakeReplayTarget)target).Throw("key 1", new NullReferenceException("bug in the state machine"));
            first = false;
            return target;
        }, output, null);

        code.Should().Be(ReplaySuite.ExitFailed);
        Lines[0].Should().Be("FAIL a.replay:1: key: NullReferenceException: bug in the state machine");
        Lines[^2].Should().Be("PASS b.replay");
        Lines[^1].Should().Be("1 passed, 1 failed");
    }

    [Fact]
    public void A_junit_report_that_cannot_be_written_fails_the_run_but_the_summary_stays_last()
    {
        folder.Write("a.replay", "key 1");
        var junit = System.IO.Path.Combine(folder.Path, "no-such-dir", "report.xml");

        ReplaySuite.Run([folder.Path], NewTarget, output, junit).Should().Be(ReplaySuite.ExitFailed);

        Lines.Should().HaveCount(3);
        Lines[1].Should().StartWith($"cannot write the JUnit report {junit}: ");
        Lines[2].Should().Be("1 passed, 0 failed");
    }
}
