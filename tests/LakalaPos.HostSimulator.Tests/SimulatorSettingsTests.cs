using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Tests.Support;

namespace LakalaPos.HostSimulator.Tests;

public class SimulatorSettingsTests
{
    [Fact]
    public void The_test_cards_accounts_open_with_the_amounts_of_the_spec()
    {
        var host = new HostUnderTest();

        TestCardTable.All.Select(c => (c.Name, host.Available(c))).Should().Equal(
            ("debit", 10_000_000L), ("credit", 5_000_000L), ("debit2", 500_000L), ("lowbal", 1_000L), ("expired", 100_000L));
    }

    [Fact]
    public void A_store_that_already_holds_an_account_keeps_its_balance()
    {
        var store = new InMemoryHostStore();
        store.SetAvailableFen(TestCardTable.Debit.Pan, 42);

        _ = new AcquirerSimulator(store: store, crypto: new FakeHostCrypto());

        store.AvailableFen(TestCardTable.Debit.Pan).Should().Be(42);
        store.AvailableFen(TestCardTable.Credit.Pan).Should().Be(5_000_000);
    }

    [Fact]
    public void Refund_days_default_to_30_and_can_be_set_but_not_below_zero()
    {
        var simulator = new HostUnderTest().Simulator;
        simulator.RefundDays.Should().Be(30);

        simulator.RefundDays = 7;
        simulator.RefundDays.Should().Be(7);

        var act = () => simulator.RefundDays = -1;
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*RefundDays*");
    }

    [Fact]
    public void The_merchant_balance_can_be_set()
    {
        var simulator = new HostUnderTest().Simulator;

        simulator.MerchantBalanceFen = 12_345;

        simulator.MerchantBalanceFen.Should().Be(12_345);
        simulator.Settings.MerchantBalanceFen.Should().Be(12_345);
    }

    [Fact]
    public void Cards_print_masked_without_their_PIN()
    {
        TestCardTable.Debit.ToString().Should().Be("debit 622202*********3446");
    }

    [Fact]
    public void Booked_transactions_print_the_card_masked()
    {
        var host = new HostUnderTest();
        host.SignIn();
        host.Answer(Requests.Sale(TestCardTable.Debit, 100, pinBlock: host.PinBlock("123456")));

        var booked = host.Simulator.Store.TransactionsOf(new(Requests.TerminalNumber, Requests.MerchantNumber)).Single();

        booked.ToString().Should().Contain("622202*********3446").And.NotContain(TestCardTable.Debit.Pan).And.Contain("1.00");
    }
}
