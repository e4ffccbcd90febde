using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Tests.Support;

namespace LakalaPos.HostSimulator.Tests;

public class SessionAndMacTests
{
    private readonly HostUnderTest _host = new();

    [Fact]
    public void A_sale_from_a_terminal_that_has_not_signed_in_gets_A0_and_the_sign_in_again_header()
    {
        var answer = _host.Answer(Requests.Sale(TestCardTable.Debit, 10_000));

        answer.Mti.Should().Be("0210");
        answer.GetText(39).Should().Be("A0");
        (answer.Header[2] & 0x0F).Should().Be(3, "processing requirement 3 asks the terminal to sign in again");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
        _host.Simulator.Store.TransactionsOf(new(Requests.TerminalNumber, Requests.MerchantNumber)).Should().BeEmpty();
    }

    [Fact]
    public void An_approved_answer_keeps_the_header_processing_requirement_of_the_request()
    {
        _host.SignIn();

        var answer = _host.Answer(Requests.Sale(TestCardTable.Debit, 10_000, pinBlock: _host.PinBlock("123456")));

        answer.Header.Should().Equal(0x60, 0x31, 0x00, 0x31, 0x00, 0x00);
    }

    [Fact]
    public void A_request_whose_MAC_is_wrong_gets_A0_and_nothing_is_booked()
    {
        _host.SignIn();
        var sale = Requests.Sale(TestCardTable.Debit, 10_000, pinBlock: _host.PinBlock("123456")).Set(64, new byte[8]);

        var respond = _host.Respond(sale, RequestMac.Invalid);

        respond.ResponseCode.Should().Be("A0");
        respond.Mac.Should().Be(ResponseMac.None, "the terminal's keys are in doubt, so the answer is not MAC'ed");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
    }

    [Fact]
    public void An_answer_to_a_MAC_ed_request_is_MAC_ed_with_the_terminals_key()
    {
        var keys = _host.SignIn();
        var sale = Requests.Sale(TestCardTable.Debit, 10_000, pinBlock: _host.PinBlock("123456")).Set(64, new byte[8]);

        var respond = _host.Respond(sale, RequestMac.Valid);

        respond.ResponseCode.Should().Be("00");
        respond.Mac.Should().Be(ResponseMac.Correct);
        respond.Keys.Should().BeSameAs(keys);
    }

    [Fact]
    public void An_answer_to_a_request_without_MAC_carries_none()
    {
        _host.SignIn();

        var respond = _host.Respond(Requests.Sale(TestCardTable.Debit, 10_000, pinBlock: _host.PinBlock("123456")));

        respond.Mac.Should().Be(ResponseMac.None);
    }

    [Fact]
    public void A_request_without_terminal_number_is_an_invalid_transaction()
    {
        _host.SignIn();
        var sale = Requests.Sale(TestCardTable.Debit, 10_000);
        sale.Remove(41);

        _host.Answer(sale).GetText(39).Should().Be("12");
    }

    [Theory]
    [InlineData("0200", "990000")]
    [InlineData("0220", "200000")] // refund: a later issue
    public void Requests_the_host_does_not_process_are_answered_12(string mti, string processingCode)
    {
        _host.SignIn();
        var request = new LakalaPos.Iso8583.Messages.Iso8583Message(mti)
            .Set(3, processingCode).Set(11, "000005").Set(41, Requests.TerminalNumber).Set(42, Requests.MerchantNumber);

        var answer = _host.Answer(request);

        answer.Mti.Should().Be(mti[..2] + (char)(mti[2] + 1) + mti[3]);
        answer.GetText(39).Should().Be("12");
    }
}
