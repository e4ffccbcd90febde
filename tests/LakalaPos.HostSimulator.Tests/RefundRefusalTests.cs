using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Tests.Support;

namespace LakalaPos.HostSimulator.Tests;

/// <summary>Refunds the host refuses, one rule each, and the order the checks come in.</summary>
public class RefundRefusalTests
{
    private const long MerchantOpening = 100_000_000;
    private readonly RefundFixture _f = new();

    private void NothingMoved(long debitExpected)
    {
        _f.Host.Available(TestCardTable.Debit).Should().Be(debitExpected);
        _f.Simulator.MerchantBalanceFen.Should().Be(MerchantOpening);
        _f.Simulator.Store.BalanceAccountFen(TestCardTable.Debit.Pan).Should().Be(0);
    }

    [Fact]
    public void An_unknown_reference_number_is_declined_25()
    {
        var (_, _, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        _f.Code(Requests.Refund(TestCardTable.Debit, "123456789012", date, 1_000)).Should().Be("25");
        NothingMoved(TestCardTable.Debit.OpeningFen - 10_000);
    }

    [Fact]
    public void The_right_reference_number_with_another_date_is_declined_25()
    {
        var (_, rrn, _) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, "1121", 1_000)).Should().Be("25");
    }

    [Fact]
    public void A_refund_without_reference_number_or_date_is_declined_25()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000).Without(37)).Should().Be("25");
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000).Without(61)).Should().Be("25");
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000).Set(61, "000000000000")).Should().Be("25");
    }

    [Fact]
    public void A_reversed_sale_is_not_found_25()
    {
        var (sale, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        _f.Code(Requests.ReversalOf(sale)).Should().Be("00");

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000)).Should().Be("25");
        NothingMoved(TestCardTable.Debit.OpeningFen);
    }

    [Fact]
    public void The_reference_number_of_a_void_or_a_refund_names_no_sale_25()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        var refundRrn = _f.Host.Answer(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000, trace: "000004")).GetText(37)!;

        _f.Code(Requests.Refund(TestCardTable.Debit, refundRrn, date, 1_000, trace: "000005")).Should().Be("25");
    }

    [Fact]
    public void A_voided_sale_is_declined_12()
    {
        var (sale, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        _f.Void(sale, rrn);

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000)).Should().Be("12");
        NothingMoved(TestCardTable.Debit.OpeningFen);
    }

    [Fact]
    public void Refunds_above_what_is_left_of_the_sale_are_declined_64()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Credit, 10_000);
        _f.Code(Requests.Refund(TestCardTable.Credit, rrn, date, 3_000, trace: "000004")).Should().Be("00");
        _f.Code(Requests.Refund(TestCardTable.Credit, rrn, date, 5_000, trace: "000005")).Should().Be("00");

        _f.Code(Requests.Refund(TestCardTable.Credit, rrn, date, 2_001, trace: "000006")).Should().Be("64");
        _f.Booked(rrn).RefundedFen.Should().Be(8_000);
        _f.Simulator.MerchantBalanceFen.Should().Be(MerchantOpening - 8_000);
    }

    [Fact]
    public void A_single_refund_above_the_sale_is_declined_64()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 10_001)).Should().Be("64");
    }

    [Fact]
    public void A_sale_older_than_refund_days_is_declined_22_and_one_exactly_that_old_is_not()
    {
        _f.Simulator.RefundDays = 7;
        _f.Host.Clock.LocalNow = new DateTimeOffset(2026, 11, 15, 23, 59, 0, TimeSpan.FromHours(8));
        var (_, sevenDaysOld, date15) = _f.ApprovedSale(TestCardTable.Debit, 10_000, trace: "000002");
        _f.Host.Clock.LocalNow = new DateTimeOffset(2026, 11, 14, 0, 1, 0, TimeSpan.FromHours(8));
        var (_, eightDaysOld, date14) = _f.ApprovedSale(TestCardTable.Debit, 10_000, trace: "000003");
        _f.Host.Clock.LocalNow = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.FromHours(8));

        _f.Code(Requests.Refund(TestCardTable.Debit, eightDaysOld, date14, 1_000, trace: "000004")).Should().Be("22");
        _f.Code(Requests.Refund(TestCardTable.Debit, sevenDaysOld, date15, 1_000, trace: "000005")).Should().Be("00");
    }

    [Fact]
    public void Refund_days_default_to_30()
    {
        _f.Host.Clock.LocalNow = new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.FromHours(8));
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        _f.Host.Clock.LocalNow = new DateTimeOffset(2026, 10, 31, 12, 0, 0, TimeSpan.FromHours(8));
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000, trace: "000004")).Should().Be("00");

        _f.Host.Clock.LocalNow = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8));
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000, trace: "000005")).Should().Be("22");
    }

    [Fact]
    public void Refund_days_zero_allow_only_a_refund_on_the_day_of_the_sale()
    {
        _f.Simulator.RefundDays = 0;
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000, trace: "000004")).Should().Be("00");

        _f.Host.Clock.LocalNow = _f.Host.Clock.LocalNow.AddDays(1);
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000, trace: "000005")).Should().Be("22");
    }

    [Fact]
    public void Another_card_than_the_sales_is_declined_14()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        _f.Code(Requests.Refund(TestCardTable.Debit2, rrn, date, 1_000)).Should().Be("14");
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000).Without(2)).Should().Be("14");
        NothingMoved(TestCardTable.Debit.OpeningFen - 10_000);
        _f.Host.Available(TestCardTable.Debit2).Should().Be(TestCardTable.Debit2.OpeningFen);
    }

    [Fact]
    public void A_refund_the_merchants_account_cannot_cover_is_declined_51_and_one_of_exactly_the_balance_is_not()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        _f.Simulator.MerchantBalanceFen = 5_000;

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 6_000, trace: "000004")).Should().Be("51");
        _f.Simulator.MerchantBalanceFen.Should().Be(5_000);

        var answer = _f.Host.Answer(Requests.Refund(TestCardTable.Debit, rrn, date, 5_000, trace: "000005"));
        answer.GetText(39).Should().Be("00");
        answer.GetText(54).Should().Be("0002156C000000000000");
        _f.Simulator.MerchantBalanceFen.Should().Be(0);
    }

    [Fact]
    public void Sales_do_not_add_to_the_merchants_account()
    {
        _f.Simulator.MerchantBalanceFen = 1_000;

        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        _f.Simulator.MerchantBalanceFen.Should().Be(1_000);
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 2_000)).Should().Be("51");
    }

    [Fact]
    public void A_missing_or_zero_amount_is_declined_13()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 0)).Should().Be("13");
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000).Without(4)).Should().Be("13");
    }

    [Fact]
    public void A_missing_or_unknown_refund_method_is_declined_12()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000).Without(63)).Should().Be("12");
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000, method: "RM9")).Should().Be("12");
    }

    [Fact]
    public void A_refund_sent_again_with_the_same_trace_is_declined_94_and_pays_out_once()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000, trace: "000004")).Should().Be("00");

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000, trace: "000004")).Should().Be("94");
        _f.Booked(rrn).RefundedFen.Should().Be(1_000);
        _f.Simulator.MerchantBalanceFen.Should().Be(MerchantOpening - 1_000);
    }

    [Fact]
    public void A_wrong_PIN_sent_with_a_refund_is_declined_55()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        var withPin = Requests.Refund(TestCardTable.Debit, rrn, date, 1_000)
            .Set(22, "021").Set(26, "12").Set(52, _f.Host.PinBlock("999999")).Set(53, "2600000000000000");

        _f.Code(withPin).Should().Be("55");
    }

    [Fact]
    public void Without_a_session_the_host_asks_for_a_sign_in_A0()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        _f.Code(Requests.SignOut()).Should().Be("00");

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000)).Should().Be("A0");
    }

    [Fact]
    public void The_checks_come_in_order_duplicate_original_voided_age_amount_card_merchant_account()
    {
        _f.Host.Clock.LocalNow = new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.FromHours(8));
        var (_, oldRrn, oldDate) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        _f.Host.Clock.LocalNow = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000, trace: "000003");
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000, trace: "000004")).Should().Be("00");
        _f.Simulator.MerchantBalanceFen = 0;

        // Everything wrong at once, then one thing fewer each time.
        _f.Code(Requests.Refund(TestCardTable.Debit2, "123456789012", date, 0, trace: "000004")).Should().Be("94");
        _f.Code(Requests.Refund(TestCardTable.Debit2, "123456789012", date, 0, trace: "000005", method: "RM0")).Should().Be("12");
        _f.Code(Requests.Refund(TestCardTable.Debit2, "123456789012", date, 0, trace: "000005")).Should().Be("25");
        _f.Code(Requests.Refund(TestCardTable.Debit2, oldRrn, oldDate, 0, trace: "000005")).Should().Be("22");
        _f.Code(Requests.Refund(TestCardTable.Debit2, rrn, date, 0, trace: "000005")).Should().Be("13");
        _f.Code(Requests.Refund(TestCardTable.Debit2, rrn, date, 9_001, trace: "000005")).Should().Be("64");
        _f.Code(Requests.Refund(TestCardTable.Debit2, rrn, date, 9_000, trace: "000005")).Should().Be("14");
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 9_000, trace: "000005")).Should().Be("51");
    }

    [Fact]
    public void A_voided_sale_is_declined_12_before_its_age_is_judged()
    {
        _f.Simulator.RefundDays = 0;
        var (sale, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000);
        _f.Void(sale, rrn);
        _f.Host.Clock.LocalNow = _f.Host.Clock.LocalNow.AddDays(1);

        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 1_000)).Should().Be("12");
    }
}
