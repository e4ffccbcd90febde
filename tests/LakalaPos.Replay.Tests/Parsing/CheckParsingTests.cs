using FluentAssertions;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Parsing.Commands;

namespace LakalaPos.Replay.Tests.Parsing;

public class CheckParsingTests
{
    [Fact]
    public void Mark_takes_no_arguments()
    {
        Parse.One<MarkCommand>("mark").Line.Should().Be(1);
        Parse.Error("mark here").Problem.Should().StartWith("mark takes no arguments");
    }

    [Fact]
    public void Expect_screen_and_no_screen_take_one_text()
    {
        Parse.One<ExpectScreenCommand>("expect screen \"请刷卡/插卡/挥卡\"").Should().Match<ExpectScreenCommand>(c => c.Present && c.Text.ToString() == "请刷卡/插卡/挥卡");
        Parse.One<ExpectScreenCommand>("expect no-screen 交易成功").Present.Should().BeFalse();
    }

    [Fact]
    public void Text_with_spaces_must_be_quoted()
    {
        Parse.Error("expect screen RMB 100.00").Problem.Should().StartWith("expect screen takes one TEXT, got 2 arguments; put text with spaces in quotes");
    }

    [Fact]
    public void An_empty_text_is_an_error()
    {
        Parse.Error("expect printed \" \"").Problem.Should().StartWith("expect printed needs a non-empty TEXT");
    }

    [Fact]
    public void Expect_printed_may_hold_variables_and_escaped_dollars()
    {
        var text = Parse.One<ExpectPrintedCommand>(@"expect printed ""参考号 $rrn \$1""").Text;

        text.Parts.Should().Equal(new LiteralPart("参考号 "), new VariablePart("rrn"), new LiteralPart(" $1"));
    }

    [Fact]
    public void A_dollar_not_followed_by_a_name_is_literal()
    {
        Parse.One<ExpectPrintedCommand>("expect printed \"$ 5 $1\"").Text.LiteralText.Should().Be("$ 5 $1");
    }

    [Fact]
    public void Expect_receipts_takes_a_count()
    {
        Parse.One<ExpectReceiptsCommand>("expect receipts 2").Count.Should().Be(2);
        Parse.Error("expect receipts two").Problem.Should().StartWith("expect receipts needs a number of receipts, got 'two'");
    }

    [Fact]
    public void Expect_txn_takes_a_voucher_and_journal_fields()
    {
        var check = Parse.One<ExpectTxnCommand>("expect txn 000002 type=VOID status=APPROVED amount=100.00 origVoucher=000002 reason=1 rrn=$rrn");

        check.Voucher.Number.Should().Be(2);
        check.Fields.Select(f => f.Field).Should().Equal(
            JournalField.Type, JournalField.Status, JournalField.Amount, JournalField.OrigVoucher, JournalField.Reason, JournalField.Rrn);
        check.Fields[5].Value.Parts.Should().Equal(new VariablePart("rrn"));
    }

    [Fact]
    public void Every_journal_field_of_the_format_is_known()
    {
        var check = Parse.One<ExpectTxnCommand>(
            "expect txn last voucher=1 type=1 status=1 amount=1 card=1 operator=1 rrn=1 auth=1 batch=1 origVoucher=1 origRrn=1 origDate=1 reason=1 method=1 code=1");

        check.Voucher.IsLast.Should().BeTrue();
        check.Fields.Select(f => f.Field).Should().Equal(Enum.GetValues<JournalField>());
    }

    [Theory]
    [InlineData("expect txn 2 status=APPROVED")]
    [InlineData("expect txn 0000002 status=APPROVED")]
    [InlineData("expect txn newest status=APPROVED")]
    [InlineData("save r txn 12 rrn")]
    public void A_bad_voucher_is_an_error(string line)
    {
        Parse.Error(line).Problem.Should().Contain("has a bad voucher").And.Contain("6 digits such as 000002, or last");
    }

    [Fact]
    public void An_unknown_journal_field_is_an_error_listing_the_fields()
    {
        Parse.Error("expect txn last colour=red").Problem.Should().Contain("has no journal field 'colour' (fields: voucher, type, status, amount,");
    }

    [Fact]
    public void A_field_without_equals_is_an_error()
    {
        Parse.Error("expect txn last APPROVED").Problem.Should().StartWith("expect txn needs FIELD=VALUE, got 'APPROVED'");
    }

    [Fact]
    public void An_empty_value_means_no_value()
    {
        Parse.One<ExpectTxnCommand>("expect txn last rrn=").Fields.Single().Value.LiteralText.Should().BeEmpty();
    }

    [Fact]
    public void Expect_host_sent_takes_an_mti_and_fields_with_sub_fields()
    {
        var check = Parse.One<ExpectHostSentCommand>("expect host-sent 0200 3=200000 60.1=23 37=$rrn");

        check.Mti.Should().Be("0200");
        check.Fields.Select(f => f.Field).Should().Equal("3", "60.1", "37");
    }

    [Theory]
    [InlineData("expect host-sent 200 3=000000", "has a bad MTI '200'")]
    [InlineData("expect host-sent 0200 pan=1", "has a bad ISO 8583 field 'pan'")]
    [InlineData("expect no-host-sent 04OO", "has a bad MTI '04OO'")]
    [InlineData("expect no-host-sent 0400 39=98", "takes 1 argument, got 2")]
    public void Bad_host_checks_are_errors(string line, string problem)
    {
        Parse.Error(line).Problem.Should().Contain(problem);
    }

    [Fact]
    public void Expect_no_host_sent_takes_an_mti()
    {
        Parse.One<ExpectNoHostSentCommand>("expect no-host-sent 0400").Mti.Should().Be("0400");
    }

    [Fact]
    public void An_unknown_check_is_an_error()
    {
        Parse.Error("expect beep").Problem.Should().StartWith("unknown check 'expect beep'");
        Parse.Error("expect").Problem.Should().StartWith("expect needs what to check");
    }

    [Fact]
    public void Save_keeps_a_journal_field_under_a_name()
    {
        var save = Parse.One<SaveCommand>("save rrn txn last rrn");

        save.Name.Should().Be("rrn");
        save.Voucher.IsLast.Should().BeTrue();
        save.Field.Should().Be(JournalField.Rrn);
    }

    [Theory]
    [InlineData("save 1x txn last rrn", "bad variable name '1x'")]
    [InlineData("save r journal last rrn", "can only save from 'txn'")]
    [InlineData("save r txn last pin", "has no journal field 'pin'")]
    [InlineData("save r txn last", "takes 4 arguments, got 3")]
    public void Bad_saves_are_errors(string line, string problem)
    {
        Parse.Error(line).Problem.Should().Contain(problem);
    }
}
