using LakalaPos.HostSimulator.Rules;

namespace LakalaPos.HostSimulator.Tests;

public class HostRuleParserTests
{
    [Theory]
    [InlineData("approve", typeof(HostRule.Approve))]
    [InlineData("timeout", typeof(HostRule.Timeout))]
    [InlineData("drop", typeof(HostRule.Drop))]
    [InlineData("bad-mac", typeof(HostRule.BadMac))]
    [InlineData("garbage", typeof(HostRule.Garbage))]
    public void Rules_without_arguments_are_read_by_their_script_name(string name, Type expected)
    {
        HostRuleParser.Parse(name, []).Should().BeOfType(expected);
    }

    [Theory]
    [InlineData("51")]
    [InlineData("A0")]
    [InlineData("96")]
    public void Decline_takes_a_two_character_response_code(string code)
    {
        HostRuleParser.Parse("decline", [code]).Should().Be(new HostRule.Decline(code));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("051")]
    [InlineData("a0")]
    [InlineData("5-")]
    public void Decline_with_a_malformed_code_is_refused_naming_the_code(string code)
    {
        var act = () => HostRuleParser.Parse("decline", [code]);

        act.Should().Throw<HostRuleException>().WithMessage($"*'{code}'*");
    }

    [Fact]
    public void Decline_00_is_refused_because_it_is_an_approval()
    {
        var act = () => HostRuleParser.Parse("decline", ["00"]);

        act.Should().Throw<HostRuleException>().WithMessage("*approve*");
    }

    [Fact]
    public void Decline_without_a_code_is_refused()
    {
        var act = () => HostRuleParser.Parse("decline", []);

        act.Should().Throw<HostRuleException>().WithMessage("*one response code*");
    }

    [Fact]
    public void A_rule_without_arguments_given_some_is_refused()
    {
        var act = () => HostRuleParser.Parse("timeout", ["30s"]);

        act.Should().Throw<HostRuleException>().WithMessage("*'timeout' takes no arguments*30s*");
    }

    [Fact]
    public void Rule_names_are_exact()
    {
        var act = () => HostRuleParser.Parse("Approve", []);

        act.Should().Throw<HostRuleException>().WithMessage("*unknown host rule 'Approve'*");
    }

    [Fact]
    public void Decline_approve_and_bad_mac_may_end_with_the_text_their_answer_carries()
    {
        HostRuleParser.Parse("decline", ["51", "text", "余额不足"]).Should().Be(new HostRule.Decline("51") { Text = "余额不足" });
        HostRuleParser.Parse("approve", ["text", "交易成功"]).Should().Be(new HostRule.Approve { Text = "交易成功" });
        HostRuleParser.Parse("bad-mac", ["text", "ok"]).Should().Be(new HostRule.BadMac { Text = "ok" });
    }

    [Fact]
    public void A_text_typed_as_several_words_is_one_text_with_single_spaces() =>
        HostRuleParser.Parse("decline", ["05", "text", "请", "联系", "发卡行"]).Text.Should().Be("请 联系 发卡行");

    [Fact]
    public void A_rule_without_text_has_none() => HostRuleParser.Parse("decline", ["51"]).Text.Should().BeNull();

    [Theory]
    [InlineData("timeout")]
    [InlineData("drop")]
    [InlineData("garbage")]
    public void A_rule_that_sends_no_answer_takes_no_text(string rule) =>
        FluentActions.Invoking(() => HostRuleParser.Parse(rule, ["text", "余额不足"]))
            .Should().Throw<HostRuleException>().WithMessage($"host rule '{rule}' sends no answer, so it takes no text*");

    [Fact]
    public void Text_needs_something_after_it() =>
        FluentActions.Invoking(() => HostRuleParser.Parse("decline", ["51", "text"]))
            .Should().Throw<HostRuleException>().WithMessage("host rule text: needs the text after 'text'*");

    [Fact]
    public void A_text_comes_after_the_rule_s_own_arguments() =>
        FluentActions.Invoking(() => HostRuleParser.Parse("decline", ["text", "余额不足"]))
            .Should().Throw<HostRuleException>().WithMessage("*takes one response code*");

    [Fact]
    public void A_text_longer_than_field_63_leaves_room_for_is_refused_counting_gb18030_bytes()
    {
        HostRuleParser.Parse("decline", ["51", "text", new string('中', 80)]).Text.Should().HaveLength(80);

        FluentActions.Invoking(() => HostRuleParser.Parse("decline", ["51", "text", new string('中', 81)]))
            .Should().Throw<HostRuleException>().WithMessage("host rule text: 162 bytes in GB18030, field 63 leaves room for 160*");
    }

    [Fact]
    public void A_text_with_a_control_character_is_refused() =>
        FluentActions.Invoking(() => HostRuleParser.Parse("decline", ["51", "text", "余额\n不足"]))
            .Should().Throw<HostRuleException>().WithMessage("*control characters*");
}
