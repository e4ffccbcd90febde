using LakalaPos.Iso8583.Fields;
using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Tests.Support;
using LakalaPos.Iso8583.Messages;
using static LakalaPos.HostSimulator.Tests.Support.SettlementRequests;

namespace LakalaPos.HostSimulator.Tests;

public class BatchUploadTests
{
    private readonly RefundFixture _f = new();

    private HostUnderTest Host => _f.Host;

    private IHostStore Store => _f.Simulator.Store;

    private IReadOnlyList<UploadedEntry> Kept => Store.UploadedEntriesOf(RefundFixture.Terminal, Requests.Batch);

    [Fact]
    public void Entries_that_match_the_ledger_are_kept_without_discrepancy_and_move_no_money()
    {
        var (_, rrn, date) = _f.ApprovedSale(TestCardTable.Debit, 10_000, trace: "000002");
        var (voided, voidedRrn, _) = _f.ApprovedSale(TestCardTable.Debit2, 5_000, trace: "000003");
        _f.Void(voided, voidedRrn, trace: "000004");
        _f.Code(Requests.Refund(TestCardTable.Debit, rrn, date, 2_000, trace: "000005")).Should().Be("00");
        var ledgerBefore = Store.TransactionsOf(RefundFixture.Terminal);
        var debitBefore = Host.Available(TestCardTable.Debit);

        var answer = Host.Answer(Upload(
        [
            Line("000002", TestCardTable.Debit.Pan, 10_000, BatchItemKind.Sale),
            Line("000004", TestCardTable.Debit2.Pan, 5_000, BatchItemKind.Void),
            Line("000005", TestCardTable.Debit.Pan, 2_000, BatchItemKind.Refund),
        ]));

        answer.Mti.Should().Be("0330");
        answer.GetText(39).Should().Be("00");
        Kept.Select(e => (e.Trace, e.Kind, e.AmountFen, e.Discrepancy)).Should().Equal(
            ("000002", HostTransactionKind.Sale, 10_000L, (UploadDiscrepancy?)null),
            ("000004", HostTransactionKind.Void, 5_000L, null),
            ("000005", HostTransactionKind.Refund, 2_000L, null));
        Kept[0].Pan.Should().Be(TestCardTable.Debit.Pan);
        Kept[0].CardOrganisation.Should().Be("0");
        Store.Discrepancies().Should().BeEmpty();
        Store.TransactionsOf(RefundFixture.Terminal).Should().Equal(ledgerBefore);
        Host.Available(TestCardTable.Debit).Should().Be(debitBefore);
    }

    [Fact]
    public void An_entry_the_host_never_booked_is_kept_and_listed_as_a_discrepancy_and_books_nothing()
    {
        var answer = Host.Answer(Upload([Line("000009", TestCardTable.Debit.Pan, 4_200, BatchItemKind.Sale)]));

        answer.GetText(39).Should().Be("00");
        Store.Discrepancies().Should().ContainSingle().Which.Should().Match<UploadedEntry>(e =>
            e.Trace == "000009" && e.Discrepancy == UploadDiscrepancy.NotBooked && e.Terminal == RefundFixture.Terminal);
        Store.TransactionsOf(RefundFixture.Terminal).Should().BeEmpty();
        Host.Available(TestCardTable.Debit).Should().Be(TestCardTable.Debit.OpeningFen);
        Host.Log.All.Should().Contain("discrepancy NotBooked").And.Contain("622202*********3446").And.NotContain(TestCardTable.Debit.Pan);
    }

    [Fact]
    public void A_sale_the_host_reversed_is_a_discrepancy()
    {
        var (sale, _, _) = _f.ApprovedSale(TestCardTable.Debit, 10_000, trace: "000002");
        _f.Code(Requests.ReversalOf(sale)).Should().Be("00");

        Host.Answer(Upload([Line("000002", TestCardTable.Debit.Pan, 10_000, BatchItemKind.Sale)]));

        Kept.Single().Discrepancy.Should().Be(UploadDiscrepancy.Reversed);
    }

    [Theory]
    [InlineData(BatchItemKind.Refund, 10_000, "6222020200112233446", UploadDiscrepancy.DifferentKind)]
    [InlineData(BatchItemKind.Sale, 10_001, "6222020200112233446", UploadDiscrepancy.DifferentAmount)]
    [InlineData(BatchItemKind.Sale, 10_000, "6222020000556677888", UploadDiscrepancy.DifferentCard)]
    public void An_entry_that_differs_from_what_the_host_booked_at_its_trace_is_a_discrepancy(
        BatchItemKind type, long amountFen, string pan, UploadDiscrepancy expected)
    {
        _f.ApprovedSale(TestCardTable.Debit, 10_000, trace: "000002");

        Host.Answer(Upload([Line("000002", pan, amountFen, type)]));

        Kept.Single().Discrepancy.Should().Be(expected);
    }

    [Fact]
    public void An_upload_in_several_groups_keeps_every_group_and_a_resent_group_replaces_its_entries()
    {
        _f.ApprovedSale(TestCardTable.Debit, 1_000, trace: "000002");
        _f.ApprovedSale(TestCardTable.Debit, 2_000, trace: "000003");
        var first = Upload([Line("000002", TestCardTable.Debit.Pan, 1_000, BatchItemKind.Sale)], last: false, trace: "000060");
        var last = Upload([Line("000003", TestCardTable.Debit.Pan, 2_000, BatchItemKind.Sale)], last: true, trace: "000061");

        Host.Answer(first).GetText(39).Should().Be("00");
        Host.Answer(last).GetText(39).Should().Be("00");
        Host.Answer(first).GetText(39).Should().Be("00"); // resumed after a sign-in: sent again

        Kept.Select(e => e.Trace).Should().Equal("000002", "000003");
        Host.Log.All.Should().Contain("finished: 2 entries kept, 0 discrepancies");
    }

    [Fact]
    public void Eight_entries_the_most_one_message_carries_in_its_322_digits_are_all_kept()
    {
        var entries = Enumerable.Range(1, BatchUploadField.MaxEntries)
            .Select(i => Line(i.ToString("D6"), TestCardTable.Debit.Pan, 999_999_999_999, BatchItemKind.Sale)).ToList();
        var upload = Upload(entries);
        upload.GetText(48).Should().HaveLength(322);

        Host.Answer(upload).GetText(39).Should().Be("00");

        Kept.Should().HaveCount(8).And.OnlyContain(e => e.Discrepancy == UploadDiscrepancy.NotBooked && e.AmountFen == 999_999_999_999);
    }

    [Fact]
    public void An_upload_with_no_entries_is_answered_00()
    {
        Host.Answer(Upload([])).GetText(39).Should().Be("00");
        Kept.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, "field 48 is missing")]
    [InlineData("1", "not a count of 2 digits")]
    [InlineData("02" + "0" + "1" + "000002" + "9" + "6222020200112233446" + "000000010000", "announces 2 entries (82 digits) but has 42")]
    [InlineData("01" + "0" + "7" + "000002" + "9" + "6222020200112233446" + "000000010000", "entry 1 is not")] // type 7
    [InlineData("01" + "1" + "1" + "000002" + "9" + "6222020200112233446" + "000000010000", "entry 1 is not")] // organisation 1
    [InlineData("01" + "0" + "1" + "000002" + "6" + "6222020200112233446" + "000000010000", "entry 1 is not")] // 16 digits, padded with 446
    public void A_malformed_field_48_is_a_format_error_naming_what_is_wrong_and_nothing_of_the_message_is_kept(string? field48, string reason)
    {
        _f.ApprovedSale(TestCardTable.Debit, 10_000, trace: "000002");

        Host.Answer(Upload(field48)).GetText(39).Should().Be("30");

        Kept.Should().BeEmpty();
        Host.Log.All.Should().Contain("refused (30)").And.Contain(reason).And.NotContain("6222020200112233446");
    }

    [Fact]
    public void An_upload_without_batch_number_is_a_format_error_and_one_with_another_network_code_is_invalid()
    {
        var lines = new[] { Line("000002", TestCardTable.Debit.Pan, 1_000, BatchItemKind.Sale) };

        Host.Answer(Upload(lines).Without(60)).GetText(39).Should().Be("30");
        Host.Answer(Upload(BatchUploadField.Format(lines), networkCode: "201").Set(60, "00" + Requests.Batch + "203"))
            .GetText(39).Should().Be("12");
        Kept.Should().BeEmpty();
    }

    [Fact]
    public void An_upload_needs_a_sign_in_and_its_answer_is_MAC_ed_when_the_request_was()
    {
        var fresh = new HostUnderTest();
        fresh.Answer(Upload([])).GetText(39).Should().Be("A0");

        Host.Respond(Upload([]).Set(64, new byte[8]), RequestMac.Valid).Mac.Should().Be(ResponseMac.Correct);
        Host.Respond(Upload([]).Set(64, new byte[8]), RequestMac.Invalid).ResponseCode.Should().Be("A0");
    }

    [Fact]
    public void Rules_decline_keeps_nothing_and_approve_answers_00_even_to_a_malformed_field_48()
    {
        _f.Simulator.QueueRule("decline", ["96"]);
        Host.Answer(Upload([Line("000009", TestCardTable.Debit.Pan, 1, BatchItemKind.Sale)])).GetText(39).Should().Be("96");
        _f.Simulator.QueueRule("approve", []);
        Host.Answer(Upload("99")).GetText(39).Should().Be("00");

        Kept.Should().BeEmpty();
    }

    [Fact]
    public void The_debug_log_of_an_upload_on_the_wire_masks_the_card_numbers_in_field_48()
    {
        var body = Iso8583Codec.Encode(Upload([Line("000002", TestCardTable.Debit.Pan, 1_000, BatchItemKind.Sale)]));

        _f.Simulator.Handle(body);

        Host.Log.All.Should().Contain("Received \"0320\"").And.Contain("622202*********3446").And.NotContain(TestCardTable.Debit.Pan);
    }

    [Fact]
    public void The_debug_log_of_an_unreadable_field_48_on_the_wire_hides_the_whole_field()
    {
        var field48 = "01" + "0" + "7" + "000002" + "9" + TestCardTable.Debit.Pan + "000000001000"; // type 7
        var body = Iso8583Codec.Encode(Upload(field48));

        _f.Simulator.Handle(body);

        Host.Log.All.Should().Contain("Received \"0320\"").And.Contain(new string('*', field48.Length)).And.NotContain("622202020");
    }
}
