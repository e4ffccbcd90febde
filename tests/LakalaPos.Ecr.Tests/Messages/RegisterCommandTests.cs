using FluentAssertions;
using LakalaPos.Ecr.Messages;

namespace LakalaPos.Ecr.Tests.Messages;

/// <summary>A request as a person types it (lakalapos ecr, the emulator's register panel): one parser, prices in yuan, quotes keeping spaces.</summary>
public class RegisterCommandTests
{
    [Fact]
    public void A_sale_line_is_read_with_its_items_prices_in_fen()
    {
        RegisterCommand.TryParse("sale A1 \"可 乐:2:3.50\" 面包:1:12", out var command, out var error).Should().BeTrue(error);

        command!.Type.Should().Be(RegisterRequestType.Sale);
        command.Order.Should().Be("A1");
        command.Items.Should().Equal(new RegisterItem("可 乐", 2, 350), new RegisterItem("面包", 1, 1200));
        command.ToRequest("P1").Should().BeEquivalentTo(new RegisterRequest(RegisterRequestType.Sale, "P1", "A1", command.Items));
    }

    [Theory]
    [InlineData("sale A1 \"可 乐:2:3.50\" 面包:1:12", "sale A1 \"可 乐:2:3.50\" \"面包:1:12.00\"")]
    [InlineData("REFUND A1 可乐:1", "refund A1 \"可乐:1\"")]
    [InlineData("  void   A1 ", "void A1")]
    [InlineData("query \"A 1\"", "query \"A 1\"")]
    public void A_command_is_written_back_as_it_is_typed_and_reads_the_same(string line, string formatted)
    {
        RegisterCommand.TryParse(line, out var command, out var error).Should().BeTrue(error);

        command!.Format().Should().Be(formatted);
        RegisterCommand.TryParse(formatted, out var again, out _).Should().BeTrue();
        again.Should().BeEquivalentTo(command);
    }

    [Theory]
    [InlineData("", "say what to ask: sale, refund, void or query, and the ORDER")]
    [InlineData("pay A1 可乐:1:3.50", "'pay' is not sale, refund, void or query")]
    [InlineData("sale", "sale needs the ORDER number")]
    [InlineData("sale A1", "sale needs at least one item")]
    [InlineData("sale A1 可乐:2", "'可乐:2' is not NAME:QTY:PRICE (the price in yuan, such as 可乐:2:3.50)")]
    [InlineData("sale A1 可乐:2:3.505", "'可乐:2:3.505' is not NAME:QTY:PRICE (the price in yuan, such as 可乐:2:3.50)")]
    [InlineData("refund A1 可乐", "'可乐' is not NAME:QTY (such as 可乐:1)")]
    [InlineData("void A1 可乐:1", "void takes the ORDER only, not '可乐:1'")]
    public void A_bad_command_says_what_is_wrong(string line, string problem)
    {
        RegisterCommand.TryParse(line, out var command, out var error).Should().BeFalse();

        command.Should().BeNull();
        error.Should().Be(problem);
    }
}
