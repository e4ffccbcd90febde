using FluentAssertions;
using LakalaPos.Shared;
using Xunit;

namespace LakalaPos.Core.Tests.Text;

/// <summary>What an error line shows of a value it quotes back: all of a short one, the head and the length of a long one.</summary>
public sealed class EchoTests
{
    [Theory]
    [InlineData("")]
    [InlineData("headles")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public void A_value_of_at_most_64_characters_is_shown_whole(string value) =>
        Echo.Cut(value).Should().Be(value);

    [Fact]
    public void A_longer_value_shows_its_first_64_characters_and_how_long_it_was()
    {
        var value = new string('7', 64) + "89";

        Echo.Cut(value).Should().Be(new string('7', 64) + "…(66 characters)");
    }

    [Fact]
    public void A_million_characters_become_a_short_line()
    {
        var value = new string('A', 1_000_000);

        Echo.Cut(value).Should().Be(new string('A', 64) + "…(1000000 characters)");
    }

    [Fact]
    public void Characters_outside_the_basic_plane_count_once_and_are_never_split()
    {
        var value = string.Concat(Enumerable.Repeat("😀", 70));

        Echo.Cut(value).Should().Be(string.Concat(Enumerable.Repeat("😀", 64)) + "…(70 characters)");
        Echo.Cut(string.Concat(Enumerable.Repeat("😀", 64))).Should().HaveLength(128, "64 characters, each a surrogate pair");
    }

    [Fact]
    public void Paths_are_allowed_more_room()
    {
        var path = "/" + new string('d', 255);

        Echo.Cut(path, Echo.MaxPathCharacters).Should().Be(path);
        Echo.Cut(path + "/x.json", Echo.MaxPathCharacters).Should().EndWith("…(263 characters)");
    }
}
