using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Tests.Support;

namespace LakalaPos.HostSimulator.Tests;

public class CardholderPinTests
{
    private readonly HostUnderTest _host = new();
    private int _trace = 1;

    public CardholderPinTests() => _host.SignIn();

    private string Sale(TestCardSpec card, string? pin, long amountFen = 100, string entryMode = "021") =>
        _host.Answer(Requests.Sale(card, amountFen, trace: (++_trace).ToString("D6"), entryMode: entryMode,
            pinBlock: pin is null ? null : _host.PinBlock(pin))).GetText(39)!;

    [Fact]
    public void A_wrong_PIN_is_declined_55()
    {
        Sale(TestCardTable.Debit, "111111").Should().Be("55");
        _host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
    }

    [Fact]
    public void The_third_wrong_PIN_in_a_row_is_declined_75_and_the_card_stays_locked_even_for_the_right_PIN()
    {
        Sale(TestCardTable.Debit, "111111").Should().Be("55");
        Sale(TestCardTable.Debit, "222222").Should().Be("55");
        Sale(TestCardTable.Debit, "333333").Should().Be("75");

        Sale(TestCardTable.Debit, "123456").Should().Be("75");
    }

    [Fact]
    public void The_right_PIN_clears_the_count_of_wrong_ones()
    {
        Sale(TestCardTable.Debit, "111111").Should().Be("55");
        Sale(TestCardTable.Debit, "111111").Should().Be("55");
        Sale(TestCardTable.Debit, "123456").Should().Be("00");

        Sale(TestCardTable.Debit, "111111").Should().Be("55");
    }

    [Fact]
    public void Wrong_PINs_are_counted_per_card()
    {
        Sale(TestCardTable.Debit, "111111");
        Sale(TestCardTable.Debit, "111111");

        Sale(TestCardTable.Debit2, "111111").Should().Be("55");
    }

    [Fact]
    public void A_locked_card_may_try_again_the_next_host_day()
    {
        Sale(TestCardTable.Debit, "111111");
        Sale(TestCardTable.Debit, "111111");
        Sale(TestCardTable.Debit, "111111").Should().Be("75");

        _host.Clock.LocalNow = _host.Clock.LocalNow.AddDays(1);

        Sale(TestCardTable.Debit, "123456").Should().Be("00");
    }

    [Fact]
    public void The_PIN_is_checked_under_the_PIN_key_of_the_terminal_that_sent_it()
    {
        var otherTerminalsBlock = FakeHostCrypto.EncryptPin("123456", _host.SignIn(terminal: "87654321").PinKey);

        _host.Answer(Requests.Sale(TestCardTable.Debit, 100, pinBlock: otherTerminalsBlock)).GetText(39).Should().Be("55");
    }

    [Fact]
    public void Entry_mode_saying_PIN_entered_without_a_PIN_block_is_declined_55()
    {
        Sale(TestCardTable.Debit, pin: null, entryMode: "021").Should().Be("55");
    }

    [Fact]
    public void A_tap_up_to_the_no_PIN_limit_needs_no_PIN()
    {
        Sale(TestCardTable.Debit, pin: null, amountFen: 100_000, entryMode: "072").Should().Be("00");
        _host.Available(TestCardTable.Debit).Should().Be(10_000_000 - 100_000);
    }

    [Fact]
    public void A_tap_above_the_no_PIN_limit_without_PIN_is_declined_05()
    {
        Sale(TestCardTable.Debit, pin: null, amountFen: 100_001, entryMode: "072").Should().Be("05");
    }

    [Fact]
    public void A_tap_above_the_limit_with_the_right_PIN_is_approved()
    {
        Sale(TestCardTable.Debit, "123456", amountFen: 100_001, entryMode: "071").Should().Be("00");
    }

    [Theory]
    [InlineData("022")]
    [InlineData("052")]
    public void A_swipe_or_insert_without_PIN_is_declined_05(string entryMode)
    {
        Sale(TestCardTable.Debit, pin: null, entryMode: entryMode).Should().Be("05");
    }

    [Fact]
    public void The_no_PIN_limit_comes_from_the_settings()
    {
        var host = new HostUnderTest(new SimulatorSettings { NoPinLimitFen = 5_000 });
        host.SignIn();

        host.Answer(Requests.Sale(TestCardTable.Debit, 5_001, entryMode: "072")).GetText(39).Should().Be("05");
    }
}
