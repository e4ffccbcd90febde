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
}
