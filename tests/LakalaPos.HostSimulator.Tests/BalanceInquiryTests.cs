using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Tests.Support;

namespace LakalaPos.HostSimulator.Tests;

public class BalanceInquiryTests
{
    private readonly HostUnderTest _host = new();

    public BalanceInquiryTests() => _host.SignIn();

    [Fact]
    public void A_balance_inquiry_with_the_right_PIN_answers_the_available_balance_in_field_54()
    {
        var answer = _host.Answer(Requests.Balance(TestCardTable.Debit, pinBlock: _host.PinBlock("123456")));

        answer.Mti.Should().Be("0210");
        answer.GetText(39).Should().Be("00");
        answer.GetText(3).Should().Be("310000");
        answer.GetText(54).Should().Be("00" + "02" + "156" + "C" + "000010000000");
        answer.GetText(37).Should().MatchRegex("^[0-9]{12}$");
    }

    [Fact]
    public void The_balance_reflects_approved_sales()
    {
        _host.Answer(Requests.Sale(TestCardTable.Debit2, 12_345, trace: "000002", pinBlock: _host.PinBlock("123456")));

        var answer = _host.Answer(Requests.Balance(TestCardTable.Debit2, trace: "000003", pinBlock: _host.PinBlock("123456")));

        answer.GetText(54).Should().Be("0002156C" + (500_000 - 12_345).ToString("D12"));
    }

    [Fact]
    public void A_credit_card_answers_its_remaining_credit()
    {
        var answer = _host.Answer(Requests.Balance(TestCardTable.Credit, pinBlock: _host.PinBlock("654321")));

        answer.GetText(54).Should().Be("0002156C000005000000");
    }

    [Fact]
    public void A_balance_inquiry_books_nothing_and_debits_nothing()
    {
        _host.Answer(Requests.Balance(TestCardTable.Debit, pinBlock: _host.PinBlock("123456")));

        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
        _host.Simulator.Store.TransactionsOf(new(Requests.TerminalNumber, Requests.MerchantNumber)).Should().BeEmpty();
    }

    [Fact]
    public void A_wrong_PIN_is_declined_55_without_a_balance()
    {
        var answer = _host.Answer(Requests.Balance(TestCardTable.Debit, pinBlock: _host.PinBlock("000000")));

        answer.GetText(39).Should().Be("55");
        answer.Has(54).Should().BeFalse();
    }

    [Fact]
    public void A_tapped_balance_inquiry_still_needs_a_PIN()
    {
        _host.Answer(Requests.Balance(TestCardTable.Debit, entryMode: "072")).GetText(39).Should().Be("05");
    }

    [Fact]
    public void Unknown_and_expired_cards_are_declined_14_and_54()
    {
        var stranger = TestCardTable.Debit with { Pan = "6222999999999999999" };

        _host.Answer(Requests.Balance(stranger, pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("14");
        _host.Answer(Requests.Balance(TestCardTable.Expired, pinBlock: _host.PinBlock("123456"))).GetText(39).Should().Be("54");
    }
}
