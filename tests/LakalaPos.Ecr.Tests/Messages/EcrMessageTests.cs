using FluentAssertions;
using LakalaPos.Ecr.Messages;

namespace LakalaPos.Ecr.Tests.Messages;

/// <summary>Bodies: name=value lines, ver=1 first, fields in order.</summary>
public class EcrMessageTests
{
    [Fact]
    public void A_message_is_written_as_ver_type_and_its_fields_one_a_line()
    {
        var message = new EcrMessage("QUERY", [new("id", "R1"), new("order", "A1")]);

        message.Format().Should().Be("ver=1\ntype=QUERY\nid=R1\norder=A1");
    }

    [Fact]
    public void A_body_read_back_keeps_its_fields_in_order()
    {
        var message = EcrMessage.Parse("ver=1\ntype=SALE\nid=R1\nitem=b|1|2\norder=A1\nitem=a|1|2");

        message.Type.Should().Be("SALE");
        message["order"].Should().Be("A1");
        message.All("item").Should().Equal("b|1|2", "a|1|2");
        message.Fields.Select(f => f.Name).Should().Equal("id", "item", "order", "item");
    }

    [Fact]
    public void A_value_may_hold_equals_signs_and_any_utf8_text() =>
        EcrMessage.Parse("ver=1\ntype=ANSWER\nmessage=余额=0 请换卡")["message"].Should().Be("余额=0 请换卡");

    [Fact]
    public void A_last_line_feed_ends_the_last_line() =>
        EcrMessage.Parse("ver=1\ntype=QUERY\nid=R1\n").Fields.Should().Equal(new EcrField("id", "R1"));

    [Theory]
    [InlineData("type=QUERY\nid=R1", "ver is missing (this terminal speaks ver=1)")]
    [InlineData("ver=2\ntype=QUERY", "version 2 is not supported (this terminal speaks ver=1)")]
    [InlineData("ver=1\nver=1\ntype=QUERY", "version 1 is not supported*")]
    [InlineData("ver=1\nid=R1", "type is missing")]
    [InlineData("ver=1\ntype=QUERY\nid", "line 3 is not name=value")]
    [InlineData("ver=1\ntype=QUERY\nOrder=A1", "line 3: \"Order\" is not a field name (lower-case letters a-z)")]
    [InlineData("ver=1\ntype=QUERY\n=A1", "line 3: \"\" is not a field name*")]
    [InlineData("ver=1\ntype=QUERY\nid=R1\r", "line 3: the value of id holds a CR")]
    [InlineData("ver=1\ntype=QUERY\n\nid=R1", "line 3 is not name=value")]
    public void A_body_that_breaks_the_rules_is_refused_with_the_reason(string body, string reason) =>
        FluentActions.Invoking(() => EcrMessage.Parse(body)).Should().Throw<EcrFormatException>().WithMessage(reason);

    [Fact]
    public void The_id_of_a_body_that_does_not_read_can_still_be_found_to_answer_it() =>
        EcrMessage.FindId("ver=9\ntype=SALE\nid=R7\nGARBAGE").Should().Be("R7");

    [Fact]
    public void A_field_cannot_be_made_with_a_line_break_in_its_value() =>
        FluentActions.Invoking(() => new EcrMessage("ANSWER", [new("message", "a\nb")])).Should().Throw<ArgumentException>();
}
