using FluentAssertions;
using LakalaPos.Replay.Parsing.Commands;

namespace LakalaPos.Replay.Tests.Parsing;

public class SetupParsingTests
{
    [Fact]
    public void Profile_names_a_hardware_profile()
    {
        Parse.One<ProfileCommand>("profile sunmi-p2").Name.Should().Be("sunmi-p2");
    }

    [Fact]
    public void Clock_is_a_Shanghai_local_time()
    {
        Parse.One<ClockCommand>("clock 2026-12-31 23:59:58").LocalTime
            .Should().Be(new DateTimeOffset(2026, 12, 31, 23, 59, 58, TimeSpan.FromHours(8)));
    }

    [Theory]
    [InlineData("clock 2026-02-30 10:00:00")]
    [InlineData("clock 2026-11-22 25:00:00")]
    [InlineData("clock 2026-11-22T10:00:00")]
    [InlineData("clock 22/11/2026 10:00:00")]
    public void Clock_rejects_what_is_not_a_real_date_and_time(string line)
    {
        Parse.Error(line).Problem.Should().StartWith("clock ").And.Contain("usage: clock YYYY-MM-DD hh:mm:ss");
    }

    [Fact]
    public void Param_takes_a_name_and_a_value()
    {
        var param = Parse.One<ParamCommand>("param voidCardRequired false");

        param.Name.Should().Be("voidCardRequired");
        param.Value.Should().Be("false");
    }

    [Fact]
    public void Param_without_a_value_is_an_error()
    {
        Parse.Error("param voidCardRequired").Problem.Should().Be("param takes 2 arguments, got 1 (usage: param NAME VALUE)");
    }

    [Theory]
    [InlineData("host next approve", "approve", new string[0])]
    [InlineData("host next decline 51", "decline", new[] { "51" })]
    [InlineData("host next decline A0", "decline", new[] { "A0" })]
    [InlineData("host next timeout", "timeout", new string[0])]
    [InlineData("host next drop", "drop", new string[0])]
    [InlineData("host next bad-mac", "bad-mac", new string[0])]
    [InlineData("host next garbage", "garbage", new string[0])]
    public void Host_next_queues_every_rule_of_the_format(string line, string rule, string[] arguments)
    {
        var command = Parse.One<HostRuleCommand>(line);

        command.Rule.Should().Be(rule);
        command.Arguments.Should().Equal(arguments);
    }

    [Theory]
    [InlineData("host next decline 51 text 余额不足", "decline", new[] { "51", "text", "余额不足" })]
    [InlineData("host next decline 05 text \"请 联系发卡行\"", "decline", new[] { "05", "text", "请 联系发卡行" })]
    [InlineData("host next approve text 交易成功", "approve", new[] { "text", "交易成功" })]
    [InlineData("host next bad-mac text CUP", "bad-mac", new[] { "text", "CUP" })]
    public void Approve_decline_and_bad_mac_may_end_with_a_text_for_field_63(string line, string rule, string[] arguments)
    {
        var command = Parse.One<HostRuleCommand>(line);

        command.Rule.Should().Be(rule);
        command.Arguments.Should().Equal(arguments);
    }

    [Theory]
    [InlineData("host next timeout text 余额不足", "rule 'timeout' sends no answer, so it takes no text")]
    [InlineData("host next decline 51 text", "text takes one TEXT, got 0 arguments")]
    [InlineData("host next decline 51 text 请 联系发卡行", "text takes one TEXT, got 2 arguments; put text with spaces in quotes")]
    [InlineData("host next decline 51 text \" \"", "text needs a non-empty TEXT")]
    [InlineData("host next decline text 余额不足", "rule 'decline' takes 1 argument, got 0")]
    [InlineData("host next decline 51 52 text 余额不足", "rule 'decline' takes 1 argument, got 2")]
    public void A_host_text_is_one_non_empty_argument_after_a_rule_that_answers(string line, string problem)
    {
        Parse.Error(line).Problem.Should().Contain(problem);
    }

    [Theory]
    [InlineData("host next", "takes at least 1 argument")]
    [InlineData("host next explode", "has no rule 'explode'")]
    [InlineData("host next decline", "rule 'decline' takes 1 argument, got 0")]
    [InlineData("host next decline 5", "decline needs a 2-character response code")]
    [InlineData("host next approve 00", "rule 'approve' takes no arguments")]
    public void Host_next_rejects_unknown_rules_and_wrong_arguments(string line, string problem)
    {
        Parse.Error(line).Problem.Should().Contain(problem);
    }

    [Fact]
    public void Host_offline_and_online_switch_the_host()
    {
        Parse.One<HostOnlineCommand>("host offline").Online.Should().BeFalse();
        Parse.One<HostOnlineCommand>("host online").Online.Should().BeTrue();
    }

    [Fact]
    public void Host_refund_days_is_a_whole_number()
    {
        Parse.One<HostRefundDaysCommand>("host refundDays 7").Days.Should().Be(7);
        Parse.Error("host refundDays seven").Problem.Should().Contain("needs a whole number of days, got 'seven'");
    }

    [Fact]
    public void Host_merchant_balance_is_an_amount_in_yuan_kept_in_fen()
    {
        Parse.One<HostMerchantBalanceCommand>("host merchantBalance 5000.5").Fen.Should().Be(500050);
        Parse.Error("host merchantBalance 1.234").Problem.Should().Contain("needs an amount in yuan");
    }

    [Fact]
    public void An_unknown_host_setting_is_an_error()
    {
        Parse.Error("host sleep").Problem.Should().StartWith("unknown host setting 'sleep'");
        Parse.Error("host").Problem.Should().StartWith("host needs a setting");
    }
}
