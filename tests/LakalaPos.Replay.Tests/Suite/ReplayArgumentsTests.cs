using FluentAssertions;
using LakalaPos.Replay.Suite;

namespace LakalaPos.Replay.Tests.Suite;

public class ReplayArgumentsTests
{
    [Fact]
    public void Paths_and_a_junit_file_are_read_in_either_spelling()
    {
        ReplayArguments.TryParse(["scripts", "--junit", "out.xml", "extra.replay"], out var parsed, out _).Should().BeTrue();
        parsed.Paths.Should().Equal("scripts", "extra.replay");
        parsed.JUnitPath.Should().Be("out.xml");

        ReplayArguments.TryParse(["--junit=r.xml", "s"], out parsed, out _).Should().BeTrue();
        parsed.JUnitPath.Should().Be("r.xml");
    }

    [Theory]
    [InlineData(new string[0], "no PATH given: name .replay files or folders")]
    [InlineData(new[] { "s", "--junit" }, "--junit needs a FILE")]
    [InlineData(new[] { "s", "--junit", "a", "--junit", "b" }, "--junit given twice")]
    [InlineData(new[] { "s", "--verbose" }, "unknown option --verbose")]
    public void Bad_arguments_are_named(string[] args, string error)
    {
        ReplayArguments.TryParse(args, out _, out var message).Should().BeFalse();
        message.Should().Be(error);
    }
}
