using FluentAssertions;
using LakalaPos.Replay.Parsing.Commands;

namespace LakalaPos.Replay.Tests.Parsing;

public class EcrParsingTests
{
    [Fact]
    public void Ecr_sale_takes_an_order_and_priced_items()
    {
        var sale = Parse.One<EcrSaleCommand>("ecr sale A1001 \"可乐:2:3.50\" \"面包:1:12\"");

        sale.Order.Should().Be("A1001");
        sale.Items.Should().Equal(new EcrSaleItem("可乐", 2, 350), new EcrSaleItem("面包", 1, 1200));
    }

    [Fact]
    public void An_item_name_may_hold_a_colon()
    {
        Parse.One<EcrSaleCommand>("ecr sale 7 \"A:B:3:1.00\"").Items.Single().Should().Be(new EcrSaleItem("A:B", 3, 100));
    }

    [Fact]
    public void Ecr_refund_takes_items_with_quantities()
    {
        Parse.One<EcrRefundCommand>("ecr refund A1001 \"可乐:1\"").Items.Should().Equal(new EcrRefundItem("可乐", 1));
    }

    [Fact]
    public void Ecr_void_and_query_take_an_order()
    {
        Parse.One<EcrVoidCommand>("ecr void A1001").Order.Should().Be("A1001");
        Parse.One<EcrQueryCommand>("ecr query A1001").Order.Should().Be("A1001");
    }

    [Fact]
    public void Expect_ecr_takes_answer_fields()
    {
        Parse.One<ExpectEcrCommand>("expect ecr result=APPROVED voucher=000003 amount=7.00 rrn=$rrn code=00")
            .Fields.Select(f => f.Field).Should().Equal("result", "voucher", "amount", "rrn", "code");
    }

    [Theory]
    [InlineData("ecr sale A1", "takes at least 2 arguments")]
    [InlineData("ecr sale A1 可乐", "has a bad item '可乐'")]
    [InlineData("ecr sale A1 \"可乐:x:3.50\"", "has a bad quantity 'x'")]
    [InlineData("ecr sale A1 \"可乐:0:3.50\"", "has a bad quantity '0'")]
    [InlineData("ecr sale A1 \"可乐:2:3.555\"", "has a bad price '3.555'")]
    [InlineData("ecr refund A1 \"可乐\"", "has a bad item '可乐'")]
    [InlineData("ecr void", "takes 1 argument, got 0")]
    [InlineData("ecr pay A1", "unknown ecr request 'pay'")]
    [InlineData("expect ecr state=OK", "has no answer field 'state'")]
    public void Bad_ecr_lines_are_errors(string line, string problem)
    {
        Parse.Error(line).Problem.Should().Contain(problem);
    }
}
