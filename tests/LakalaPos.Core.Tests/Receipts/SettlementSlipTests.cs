using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Receipts;
using LakalaPos.Core.Text;
using Xunit;

namespace LakalaPos.Core.Tests.Receipts;

/// <summary>The settlement slip's totals are a table: counts and amounts line up in their columns whatever the type's label.</summary>
public sealed class SettlementSlipTests
{
    private static readonly SettlementRecord Settled = new()
    {
        Batch = 1,
        LocalTime = new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.FromHours(8)),
        OperatorNo = "01",
        SaleFen = 9_999_999_99,
        SaleCount = 999,
        VoidFen = 5_000,
        VoidCount = 1,
        RefundFen = 0,
        RefundCount = 0,
        Result = SettlementResult.Balanced,
    };

    private static IReadOnlyList<string> Lines(SettlementRecord settled, int columns) =>
        ReceiptRenderer.Render(SettlementSlipBuilder.Build(settled, new MerchantInfo("拉卡拉测试商户", "898310048990001", "10000001"), false, false), columns);

    private static IReadOnlyList<string> Rows(int columns)
    {
        var lines = Lines(Settled, columns);
        return [.. lines.SkipWhile(l => !l.StartsWith("类型 TYPE", StringComparison.Ordinal)).Take(4)];
    }

    [Theory]
    [InlineData(32)]
    [InlineData(48)]
    public void Counts_and_amounts_end_in_the_same_columns_on_every_row(int columns)
    {
        var rows = Rows(columns);

        rows.Should().HaveCount(4).And.AllSatisfy(row => row.Should().NotBeEmpty(string.Join("\n", rows)));
        rows.Skip(1).Should().AllSatisfy(row => row.Should().Contain(" RMB ", string.Join("\n", rows)));
        rows.Should().AllSatisfy(row => DisplayWidth.Of(row).Should().Be(columns, "each row's amount ends at the paper's edge: '{0}'", row));
        var countEnds = rows.Skip(1).Select(row => EndOfCount(row)).Distinct();
        countEnds.Should().ContainSingle("the counts are right-aligned in one column");
        rows[1].Should().StartWith("消费 SALE").And.EndWith("RMB 9999999.99");
        rows[2].Should().StartWith("消费撤销 VOID").And.EndWith("RMB 50.00");
    }

    [Fact]
    public void An_amount_too_wide_for_its_column_still_prints_whole_on_the_paper()
    {
        var lines = Lines(Settled with { VoidFen = 99_999_999_99 }, 32);

        lines.Should().AllSatisfy(line => DisplayWidth.Of(line).Should().BeLessThanOrEqualTo(32));
        lines.Should().Contain(line => line.EndsWith("RMB 99999999.99", StringComparison.Ordinal));
        lines.Should().Contain("消费撤销 VOID");
    }

    /// <summary>The display column where the count ends: the width of the row up to the end of its first digit run.</summary>
    private static int EndOfCount(string row)
    {
        var end = row.IndexOf(" RMB", StringComparison.Ordinal);
        var count = row[..end].TrimEnd();
        return DisplayWidth.Of(count);
    }
}
