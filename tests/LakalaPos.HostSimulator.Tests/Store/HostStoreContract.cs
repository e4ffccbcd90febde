using LakalaPos.Iso8583.Fields;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Iso8583.Security;
using static LakalaPos.HostSimulator.Tests.Store.StoreSamples;

namespace LakalaPos.HostSimulator.Tests.Store;

/// <summary>What every <see cref="IHostStore"/> must do; run against each store by the classes below.</summary>
public abstract class HostStoreContract
{
    protected abstract IHostStore Store { get; }

    [Fact]
    public void A_card_has_no_account_until_one_is_set_and_a_set_balance_reads_back()
    {
        Store.AvailableFen(Pan).Should().BeNull();

        Store.SetAvailableFen(Pan, 100_00);
        Store.SetAvailableFen(Pan, -5);

        Store.AvailableFen(Pan).Should().Be(-5);
        Store.AvailableFen("6258070012345673").Should().BeNull();
    }

    [Fact]
    public void A_balance_account_is_zero_until_a_refund_fills_it()
    {
        Store.BalanceAccountFen(Pan).Should().Be(0);

        Store.SetBalanceAccountFen(Pan, 2_500);

        Store.BalanceAccountFen(Pan).Should().Be(2_500);
    }

    [Fact]
    public void PIN_tries_start_at_none_and_read_back_with_their_day()
    {
        Store.PinTries(Pan).Should().Be(default(PinTries));

        Store.SetPinTries(Pan, new PinTries(2, new DateOnly(2026, 11, 22)));

        Store.PinTries(Pan).Should().Be(new PinTries(2, new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void A_session_holds_the_keys_of_the_last_sign_in_of_that_terminal_until_it_ends()
    {
        var first = WorkingKeys.Generate();
        var second = WorkingKeys.Generate();
        Store.SessionKeys(Terminal).Should().BeNull();

        Store.StartSession(Terminal, first);
        Store.StartSession(Terminal, second);

        Store.SessionKeys(Terminal)!.PinKey.Should().Equal(second.PinKey);
        Store.SessionKeys(Terminal)!.MacKey.Should().Equal(second.MacKey);
        Store.SessionKeys(Terminal with { MerchantNumber = "898100012340002" }).Should().BeNull("another merchant number is another terminal");
        Store.EndSession(Terminal);
        Store.SessionKeys(Terminal).Should().BeNull();
    }

    [Fact]
    public void A_booked_transaction_is_found_by_RRN_and_by_trace_exactly_as_it_was_booked()
    {
        var sale = Sale("261122000002");
        var refund = Refund("261122000003", sale.Rrn);

        Store.AddTransaction(sale);
        Store.AddTransaction(refund);

        Store.FindByRrn(sale.Rrn).Should().Be(sale);
        Store.FindByRrn(refund.Rrn).Should().Be(refund, "a card-less entry and a refund method read back too");
        Store.FindByTrace(Terminal, "000001", "000002").Should().Be(sale);
        Store.FindByTrace(Terminal, "000002", "000002").Should().BeNull();
        Store.FindByRrn("261122999999").Should().BeNull();
    }

    [Fact]
    public void The_last_entry_booked_at_a_trace_is_the_one_found_by_trace()
    {
        Store.AddTransaction(Sale("261122000002") with { Reversed = true });
        Store.AddTransaction(Sale("261122000003"));

        Store.FindByTrace(Terminal, "000001", "000002")!.Rrn.Should().Be("261122000003");
    }

    [Fact]
    public void A_terminals_transactions_are_listed_oldest_first_without_other_terminals()
    {
        Store.AddTransaction(Sale("261122000003", "000003"));
        Store.AddTransaction(Sale("261122000004", "000002", OtherTerminal));
        Store.AddTransaction(Sale("261122000002", "000002"));

        Store.TransactionsOf(Terminal).Select(t => t.Rrn).Should().Equal("261122000003", "261122000002");
    }

    [Fact]
    public void An_update_replaces_the_entry_with_the_same_RRN()
    {
        var sale = Sale("261122000002");
        Store.AddTransaction(sale);

        Store.UpdateTransaction(sale with { Voided = true, Reversed = true, RefundedFen = 300 });

        Store.FindByRrn(sale.Rrn).Should().Be(sale with { Voided = true, Reversed = true, RefundedFen = 300 });
    }

    [Fact]
    public void A_second_entry_with_an_RRN_already_booked_and_an_update_of_an_unknown_RRN_are_refused()
    {
        Store.AddTransaction(Sale("261122000002"));

        var twice = () => Store.AddTransaction(Sale("261122000002", "000009"));
        var unknown = () => Store.UpdateTransaction(Sale("261122000099"));

        twice.Should().Throw<InvalidOperationException>().WithMessage("*261122000002*");
        unknown.Should().Throw<InvalidOperationException>().WithMessage("*261122000099*");
        Store.TransactionsOf(Terminal).Should().ContainSingle();
    }

    [Fact]
    public void The_sequence_counts_from_one()
    {
        new[] { Store.NextSequence(), Store.NextSequence(), Store.NextSequence() }.Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Settlements_are_all_kept_per_terminal_oldest_first()
    {
        Store.AddSettlement(Settlement("000050", SettlementVerdict.Unbalanced));
        Store.AddSettlement(Settlement("000050", SettlementVerdict.Balanced, OtherTerminal));
        Store.AddSettlement(Settlement("000051", SettlementVerdict.Balanced));

        Store.SettlementsOf(Terminal).Should().Equal(Settlement("000050", SettlementVerdict.Unbalanced), Settlement("000051", SettlementVerdict.Balanced));
        Store.SettlementsOf(new TerminalId("00000000", "")).Should().BeEmpty();
    }

    [Fact]
    public void Uploaded_entries_are_kept_by_trace_and_a_resent_one_replaces_the_first()
    {
        Store.SaveUploadedEntry(Upload("000003"));
        Store.SaveUploadedEntry(Upload("000002", UploadDiscrepancy.NotBooked));
        Store.SaveUploadedEntry(Upload("000002", amountFen: 1));
        Store.SaveUploadedEntry(Upload("000002", terminal: OtherTerminal));

        Store.UploadedEntriesOf(Terminal, "000001").Should().Equal(Upload("000002", amountFen: 1), Upload("000003"));
        Store.UploadedEntriesOf(Terminal, "000002").Should().BeEmpty();
    }

    [Fact]
    public void Discrepancies_list_the_disagreeing_entries_of_every_terminal()
    {
        Store.SaveUploadedEntry(Upload("000004", UploadDiscrepancy.DifferentAmount, OtherTerminal));
        Store.SaveUploadedEntry(Upload("000003"));
        Store.SaveUploadedEntry(Upload("000002", UploadDiscrepancy.NotBooked));

        Store.Discrepancies().Should().Equal(Upload("000002", UploadDiscrepancy.NotBooked), Upload("000004", UploadDiscrepancy.DifferentAmount, OtherTerminal));
    }

    [Fact]
    public void Work_done_atomically_sees_its_own_changes_and_returns_its_result()
    {
        var result = Store.Atomically(() =>
        {
            Store.SetAvailableFen(Pan, 7);
            return Store.Atomically(() => Store.AvailableFen(Pan));
        });

        result.Should().Be(7);
        Store.AvailableFen(Pan).Should().Be(7);
    }
}

public sealed class InMemoryHostStoreContractTests : HostStoreContract
{
    protected override IHostStore Store { get; } = new InMemoryHostStore();
}

public sealed class SqliteHostStoreContractTests : HostStoreContract, IDisposable
{
    private readonly Support.TempStoreFile _file = new();
    private readonly SqliteHostStore _store;

    public SqliteHostStoreContractTests() => _store = SqliteHostStore.Open(_file.Path);

    protected override IHostStore Store => _store;

    public void Dispose()
    {
        _store.Dispose();
        _file.Dispose();
    }
}
