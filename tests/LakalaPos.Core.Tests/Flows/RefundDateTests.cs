using FluentAssertions;
using LakalaPos.Core.Flows;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

public class RefundDateTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("1122", 2026, 11, 22)]
    [InlineData("0101", 2026, 1, 1)]
    [InlineData("1001", 2026, 10, 1)]
    public void A_date_up_to_today_is_this_years(string mmdd, int year, int month, int day) =>
        RefundDate.Parse(mmdd, Today).Should().Be(new DateOnly(year, month, day));

    [Theory]
    [InlineData("1123")]
    [InlineData("1231")]
    public void A_date_later_this_year_within_six_months_is_in_the_future_and_refused(string mmdd) =>
        RefundDate.Parse(mmdd, Today).Should().BeNull();

    [Fact]
    public void Six_months_ahead_is_still_a_slip_but_further_ahead_is_last_year()
    {
        var spring = new DateOnly(2026, 3, 1);
        RefundDate.Parse("0815", spring).Should().BeNull();
        RefundDate.Parse("1001", spring).Should().Be(new DateOnly(2025, 10, 1));
    }

    [Fact]
    public void In_january_a_december_date_is_last_years() =>
        RefundDate.Parse("1228", new DateOnly(2027, 1, 5)).Should().Be(new DateOnly(2026, 12, 28));

    [Theory]
    [InlineData("1301")]
    [InlineData("0000")]
    [InlineData("0230")]
    [InlineData("0229")]
    [InlineData("1131")]
    [InlineData("112")]
    [InlineData("11a2")]
    public void What_is_not_a_calendar_date_is_refused(string mmdd) => RefundDate.Parse(mmdd, Today).Should().BeNull();

    [Fact]
    public void February_29_is_a_date_in_a_leap_year() =>
        RefundDate.Parse("0229", new DateOnly(2028, 3, 1)).Should().Be(new DateOnly(2028, 2, 29));
}
