using FluentAssertions;
using LakalaPos.Replay.Tutorials;
using Xunit;

namespace LakalaPos.Replay.Tests.Tutorials;

/// <summary>A tutorial's words come from the script: the top comment block is the title and introduction, comments above a step explain it.</summary>
public sealed class ScriptNarrationTests
{
    private const string Script = """
        # 消费 · Sale
        # The whole sale.

        # Sign in first.
        login 01 0000
        expect screen "请刷卡/插卡/挥卡"
        swipe debit
        # Amounts are in fen.
        # 10000 is 100.00.
        type 10000
        """;

    private readonly ScriptNarration _narration = new(Script);

    [Fact]
    public void The_top_comment_block_is_the_header() =>
        _narration.Header.Should().Equal("消费 · Sale", "The whole sale.");

    [Fact]
    public void The_comments_directly_above_a_step_explain_it() =>
        _narration.Above(10).Should().Equal("Amounts are in fen.", "10000 is 100.00.");

    [Fact]
    public void A_step_with_a_command_above_it_has_no_words() =>
        _narration.Above(7).Should().BeEmpty();

    [Fact]
    public void The_header_is_never_a_steps_words()
    {
        var narration = new ScriptNarration("# Title\nlogin 01 0000\n");

        narration.Above(2).Should().BeEmpty();
    }
}
