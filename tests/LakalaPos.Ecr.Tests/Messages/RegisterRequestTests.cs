using FluentAssertions;
using LakalaPos.Ecr.Messages;

namespace LakalaPos.Ecr.Tests.Messages;

/// <summary>The register's requests: SALE with priced items, REFUND with names and quantities, VOID and QUERY with none.</summary>
public class RegisterRequestTests
{
    [Fact]
    public void A_sale_is_written_with_its_items_in_order()
    {
        var sale = new RegisterRequest(RegisterRequestType.Sale, "R1", "A1", [new("可乐", 2, 350), new("面包", 1, 1200)]);

        sale.ToMessage().Format().Should().Be("ver=1\ntype=SALE\nid=R1\norder=A1\nitem=可乐|2|350\nitem=面包|1|1200");
    }

    [Fact]
    public void A_sale_reads_back_as_it_was_written()
    {
        var sale = new RegisterRequest(RegisterRequestType.Sale, "R1", "A1", [new("可乐", 2, 350), new("面包", 1, 1200)]);

        RegisterRequest.Parse(sale.ToMessage().Format()).Should().BeEquivalentTo(sale);
    }

    [Fact]
    public void A_refund_names_items_and_quantities_without_prices()
    {
        var refund = RegisterRequest.Parse("ver=1\ntype=REFUND\nid=R2\norder=A1\nitem=可乐|1");

        refund.Type.Should().Be(RegisterRequestType.Refund);
        refund.Items.Should().Equal(new RegisterItem("可乐", 1, null));
        refund.ToMessage().Format().Should().EndWith("item=可乐|1");
    }

    [Theory]
    [InlineData("VOID", RegisterRequestType.Void)]
    [InlineData("QUERY", RegisterRequestType.Query)]
    public void A_void_and_a_query_name_an_order_only(string type, RegisterRequestType expected)
    {
        var request = RegisterRequest.Parse($"ver=1\ntype={type}\nid=R3\norder=A1");

        request.Should().Be(new RegisterRequest(expected, "R3", "A1", request.Items));
        request.Items.Should().BeEmpty();
    }

    [Fact]
    public void An_item_is_split_from_the_right_so_a_bar_left_in_a_name_stays_in_the_name_for_the_rules_to_refuse() =>
        RegisterRequest.Parse("ver=1\ntype=SALE\nid=R1\norder=A1\nitem=a|b|2|350").Items.Should().Equal(new RegisterItem("a|b", 2, 350));

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        var request = RegisterRequest.Parse("ver=1\ntype=QUERY\nid=R1\ncashier=07\norder=A1\ncolour=红");

        request.Should().BeEquivalentTo(new RegisterRequest(RegisterRequestType.Query, "R1", "A1", []));
    }

    [Theory]
    [InlineData("ver=1\ntype=PAY\nid=R1\norder=A1", "type PAY is not a request (SALE, REFUND, VOID, QUERY)")]
    [InlineData("ver=1\ntype=SALE\norder=A1\nitem=a|1|1", "id is missing")]
    [InlineData("ver=1\ntype=SALE\nid=R1\nitem=a|1|1", "order is missing")]
    [InlineData("ver=1\ntype=QUERY\nid=R1\nid=R2\norder=A1", "id is given more than once")]
    [InlineData("ver=1\ntype=SALE\nid=R1\norder=A1\nitem=a|1", "item 1 is not NAME|QTY|PRICE")]
    [InlineData("ver=1\ntype=SALE\nid=R1\norder=A1\nitem=a|1|1\nitem=b|x|1", "item 2: quantity \"x\" is not a number")]
    [InlineData("ver=1\ntype=SALE\nid=R1\norder=A1\nitem=a|1|3.50", "item 1: price \"3.50\" is not a number of fen")]
    [InlineData("ver=1\ntype=REFUND\nid=R1\norder=A1\nitem=a", "item 1 is not NAME|QTY")]
    [InlineData("ver=1\ntype=VOID\nid=R1\norder=A1\nitem=a|1", "a VOID takes no items")]
    [InlineData("ver=2\ntype=VOID\nid=R1\norder=A1", "version 2 is not supported (this terminal speaks ver=1)")]
    public void A_request_that_does_not_read_is_refused_with_the_reason(string body, string reason) =>
        FluentActions.Invoking(() => RegisterRequest.Parse(body)).Should().Throw<EcrFormatException>().WithMessage(reason);
}
