using FluentAssertions;
using LakalaPos.Terminal.Cli;
using Xunit;

namespace LakalaPos.Terminal.Tests;

/// <summary><c>run</c>'s options: <c>--line</c> keeps the line protocol on a terminal.</summary>
public sealed class RunArgumentsTests
{
    [Fact]
    public void Line_asks_for_the_line_protocol_and_is_off_by_default()
    {
        RunArguments.TryParse(["--data", "d"], out var plain, out _).Should().BeTrue();
        RunArguments.TryParse(["--line", "--data", "d"], out var line, out var error).Should().BeTrue(error);

        plain.Line.Should().BeFalse();
        line.Should().Be(plain with { Line = true });
        RunArguments.Usage.Should().Contain("[--line]");
    }
}
