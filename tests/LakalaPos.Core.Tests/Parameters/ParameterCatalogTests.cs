using FluentAssertions;
using LakalaPos.Core.Parameters;
using Xunit;

namespace LakalaPos.Core.Tests.Parameters;

public class ParameterCatalogTests
{
    [Fact]
    public void Every_default_satisfies_its_own_rule() =>
        ParameterCatalog.All.Should().OnlyContain(p => p.IsValid(p.Default));

    [Theory]
    [InlineData("merchantName", " ")]
    [InlineData("merchantName", "")]
    [InlineData("merchantNo", "12345")]
    [InlineData("terminalNo", "1000000A")]
    [InlineData("receiptCopies", "4")]
    [InlineData("voidCardRequired", "yes")]
    [InlineData("maxRefundAmount", "0")]
    [InlineData("tpdu", "7000030000")]
    [InlineData("reversalRetries", "0")]
    [InlineData("traceNo", "0")]
    public void A_value_that_would_break_a_receipt_or_a_message_is_refused(string name, string value) =>
        ParameterCatalog.Find(name)!.IsValid(value).Should().BeFalse();

    [Theory]
    [InlineData("merchantName", "拉卡拉 便利店")]
    [InlineData("qpsNoPinLimit", "0")]
    [InlineData("hostAddress", "10.0.0.8:5800")]
    public void Reasonable_values_are_taken(string name, string value) =>
        ParameterCatalog.Find(name)!.IsValid(value).Should().BeTrue();
}
