using FluentAssertions;
using LakalaPos.Terminal.Cli;
using LakalaPos.Terminal.Performance;
using Xunit;

namespace LakalaPos.Terminal.Tests.Cli;

/// <summary>`lakalapos bench`: its arguments and the table it prints (the timings themselves are docs/performance.md's, not a test's).</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void No_arguments_boot_this_program_5_times_and_find_the_scripts()
    {
        BenchArguments.TryParse([], out var parsed, out var error).Should().BeTrue();

        error.Should().BeNull();
        parsed.Should().Be(new BenchArguments(null, 5, null));
    }

    [Fact]
    public void Every_option_is_taken()
    {
        BenchArguments.TryParse(["--native", "/tmp/fw/lakalapos", "--runs", "3", "--scripts", "s"], out var parsed, out _).Should().BeTrue();

        parsed.Should().Be(new BenchArguments("/tmp/fw/lakalapos", 3, "s"));
    }

    [Theory]
    [InlineData("--native", "--native needs a PATH: the native lakalapos binary")]
    [InlineData("--scripts", "--scripts needs a DIR of *.replay scripts")]
    [InlineData("--runs", "--runs needs a number from 1 to 100")]
    [InlineData("--runs 0", "--runs needs a number from 1 to 100")]
    [InlineData("--runs 101", "--runs needs a number from 1 to 100")]
    [InlineData("--runs -3", "--runs needs a number from 1 to 100")]
    [InlineData("--fast", "unknown option '--fast'")]
    [InlineData("extra", "unknown option 'extra'")]
    public void A_bad_argument_is_refused_with_why(string args, string expected)
    {
        BenchArguments.TryParse(args.Split(' '), out _, out var error).Should().BeFalse();

        error.Should().Be(expected);
    }

    [Fact]
    public void A_bad_argument_ends_the_command_with_exit_code_2_and_the_usage()
    {
        var error = new StringWriter();

        BenchCommand.Run(["--runs", "x"], TextWriter.Null, error).Should().Be(2);

        error.ToString().Should().Contain("usage: lakalapos bench [--native PATH] [--runs N] [--scripts DIR]");
    }

    [Fact]
    public void A_native_binary_that_is_not_there_is_refused_before_anything_runs()
    {
        var error = new StringWriter();

        BenchCommand.Run(["--native", "/nonexistent/lakalapos"], TextWriter.Null, error).Should().Be(2);

        error.ToString().Should().StartWith("lakalapos: no native binary at '/nonexistent/lakalapos'");
    }

    [Fact]
    public void The_table_has_a_header_a_rule_and_one_aligned_row_per_figure()
    {
        var table = BenchTable.Format(
        [
            new BenchFigure("first screen (JIT)", 212.4, "ms", 5, "< 50 ms"),
            new BenchFigure("RSS at the sign-in prompt (JIT)", 61.34, "MB", 5, "< 40 MB"),
            new BenchFigure("replay suite, all scripts (JIT)", 4321.5, "ms", 3),
        ]);

        table.Split('\n').Should().Equal(
            "figure                             median  runs  target",
            "-------------------------------  --------  ----  -------",
            "first screen (JIT)                 212 ms     5  < 50 ms",
            "RSS at the sign-in prompt (JIT)   61.3 MB     5  < 40 MB",
            "replay suite, all scripts (JIT)  4,322 ms     3",
            "");
    }

    [Fact]
    public void The_figures_of_boots_are_their_medians_with_the_issue_targets()
    {
        var boots = new[] { 100, 300, 200 }.Select(ms => new BootTiming(
            TimeSpan.FromMilliseconds(ms), TimeSpan.FromMilliseconds(ms + 1_050), ms / 10.0)).ToList();

        var figures = BenchCommand.Figures("native", boots);

        figures.Select(f => (f.Name, f.Median, f.Target)).Should().Equal(
            ("first screen (native)", 200, "< 50 ms"),
            ("sign-in prompt (native)", 1_250, ""),
            ("  after the 1 s boot screen (native)", 50, "< 100 ms"),
            ("RSS at the sign-in prompt (native)", 20, "< 40 MB"));
        figures.Should().OnlyContain(f => f.Runs == 3);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two() =>
        Median.Of([4.0, 1.0, 3.0, 2.0]).Should().Be(2.5);
}
