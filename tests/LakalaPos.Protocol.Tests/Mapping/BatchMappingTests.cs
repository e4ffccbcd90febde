using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Mapping;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Mapping;

/// <summary>Settlement (0500/0510) and batch upload (0320/0330): fields, field 48 both ways, limits.</summary>
public class BatchMappingTests
{
    private static readonly byte[] Tpdu = [0x60, 0x00, 0x03, 0x00, 0x00];

    private static readonly SettlementTotals Totals = new(123456, 7, 5000, 2);

    private static HostRequest Settlement() => Request(HostMessageKind.Settlement, trace: 9) with { Totals = Totals };

    private static HostRequest Upload(bool last, params BatchUploadEntry[] entries) =>
        Request(HostMessageKind.BatchUpload, trace: 10) with { UploadEntries = entries, UploadIsLast = last };

    private static BatchUploadEntry Entry(int trace, string pan = DebitPan, long fen = 100, TransactionType type = TransactionType.Sale) =>
        new(trace, pan, fen, type);

    private static IReadOnlyDictionary<string, string> Map(HostRequest request, out string mti)
    {
        var message = HostRequestMapper.ToMessage(request, Tpdu, null);
        Iso8583Codec.Encode(message);
        mti = message.Mti;
        return Iso8583Fields.ForDisplay(message);
    }

    [Fact]
    public void Settlement_is_0500_with_network_code_201_totals_in_48_and_currency()
    {
        var fields = Map(Settlement(), out var mti);

        mti.Should().Be("0500");
        fields.Keys.Should().Equal("11", "41", "42", "48", "49", "60", "60.1", "60.2", "60.3");
        fields["11"].Should().Be("000009");
        fields["48"].Should().Be("000000123456" + "007" + "000000005000" + "002" + "0" + new string('0', 31));
        fields["49"].Should().Be("156");
        fields["60"].Should().Be("00000001201");
    }

    [Fact]
    public void A_settlement_without_totals_names_what_is_missing() =>
        FluentActions.Invoking(() => HostRequestMapper.ToMessage(Request(HostMessageKind.Settlement), Tpdu, null))
            .Should().Throw<HostRequestMappingException>().WithMessage("a settlement needs the batch totals (field 48)");

    [Theory]
    [InlineData(1000, 0, "settlement debit count 1000 does not fit 3 digits")]
    [InlineData(0, -1, "settlement credit count -1 does not fit 3 digits")]
    public void Counts_over_three_digits_are_refused(int debitCount, int creditCount, string message) =>
        FluentActions.Invoking(() => SettlementField.Format(new SettlementCounts(0, debitCount, 0, creditCount)))
            .Should().Throw<Iso8583FieldException>().WithMessage(message);

    [Fact]
    public void A_negative_total_is_refused() =>
        FluentActions.Invoking(() => SettlementField.Format(new SettlementCounts(-5, 1, 0, 0)))
            .Should().Throw<Iso8583FieldException>().WithMessage("settlement debit total -5 fen is not between 0 and 999999999999");

    [Theory]
    [InlineData(false, "201")]
    [InlineData(true, "202")]
    public void Batch_upload_is_0320_with_201_per_group_and_202_for_the_last(bool last, string networkCode)
    {
        var fields = Map(Upload(last, Entry(2)), out var mti);

        mti.Should().Be("0320");
        fields.Keys.Should().Equal("11", "41", "42", "48", "60", "60.1", "60.2", "60.3");
        fields["60.1"].Should().Be("00");
        fields["60.3"].Should().Be(networkCode);
    }

    [Fact]
    public void Each_type_has_its_digit_and_the_pan_length_travels_before_the_pan()
    {
        var field48 = Field48(
            Entry(1, "6222020200112233446", 1, TransactionType.Sale),
            Entry(2, "6258070012", 2, TransactionType.Void),
            Entry(3, "6258070012345670", 3, TransactionType.Refund));

        field48.Should().Be("03"
            + "0" + "1" + "000001" + "9" + "6222020200112233446" + "000000000001"
            + "0" + "2" + "000002" + "0" + "6258070012000000000" + "000000000002"
            + "0" + "3" + "000003" + "6" + "6258070012345670000" + "000000000003");
    }

    [Fact]
    public void Eight_entries_of_the_longest_pan_fill_the_322_digits_of_field_48()
    {
        var entries = Enumerable.Range(1, 8).Select(i => Entry(i, "6222020200112233446", 999_999_999_999)).ToArray();

        var fields = Map(Upload(false, entries), out _);

        fields["48"].Length.Should().Be(322);
    }

    [Fact]
    public void A_ninth_entry_is_refused_with_a_clear_message()
    {
        var entries = Enumerable.Range(1, 9).Select(i => Entry(i)).ToArray();

        FluentActions.Invoking(() => HostRequestMapper.ToMessage(Upload(false, entries), Tpdu, null))
            .Should().Throw<Iso8583FieldException>().WithMessage("a batch upload message carries at most 8 entries, this one has 9");
    }

    [Fact]
    public void An_empty_last_upload_carries_count_00() =>
        Map(Upload(true), out _)["48"].Should().Be("00");

    [Fact]
    public void A_batch_upload_without_entries_names_what_is_missing() =>
        FluentActions.Invoking(() => HostRequestMapper.ToMessage(Request(HostMessageKind.BatchUpload), Tpdu, null))
            .Should().Throw<HostRequestMappingException>().WithMessage("a batch upload needs its entries (field 48)");

    [Theory]
    [InlineData("622202020", "batch upload entry 1: the card number must be 10 to 19 digits")]
    [InlineData("62220202001122334460", "batch upload entry 1: the card number must be 10 to 19 digits")]
    [InlineData("6222-02020011223344", "batch upload entry 1: the card number must be 10 to 19 digits")]
    public void A_card_number_that_does_not_fit_is_refused_without_showing_it(string pan, string message) =>
        FluentActions.Invoking(() => Field48(Entry(1, pan)))
            .Should().Throw<Iso8583FieldException>().WithMessage(message);

    [Fact]
    public void A_balance_inquiry_is_no_batch_transaction() =>
        FluentActions.Invoking(() => Field48(Entry(1), Entry(2, type: TransactionType.Balance)))
            .Should().Throw<HostRequestMappingException>().WithMessage("batch upload entry 000002: a Balance is not a batch transaction");

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void An_entry_without_a_positive_amount_is_refused(long fen) =>
        FluentActions.Invoking(() => Field48(Entry(1, fen: fen)))
            .Should().Throw<Iso8583FieldException>().WithMessage($"batch upload entry 1: amount {fen} fen is not between 1 and 999999999999");

    [Fact]
    public void Upload_entries_read_back_as_written_whatever_the_pan_length_and_trailing_zeros()
    {
        BatchUploadEntry[] entries =
        [
            Entry(1, "6222020200", 1, TransactionType.Sale),
            Entry(2, "6222020200112233440", 999_999_999_999, TransactionType.Void),
            Entry(999_999, "6258070012345670", 500, TransactionType.Refund),
            Entry(0, "1234567890123", 42, TransactionType.Sale),
        ];
        var message = HostRequestMapper.ToMessage(Upload(false, entries), Tpdu, null);

        var decoded = Iso8583Codec.Decode(Iso8583Codec.Encode(message));

        BatchUploadField.Parse(decoded.GetText(48)!).Should().Equal(entries.Select(WireTerms.Item));
    }

    [Theory]
    [InlineData("")]
    [InlineData("01")]
    [InlineData("09")]
    [InlineData("01" + "0" + "4" + "000001" + "9" + "6222020200112233446" + "000000000001")]
    [InlineData("01" + "0" + "1" + "000001" + "0" + "6222020200112233446" + "000000000001")]
    public void Field_48_that_is_no_upload_block_parses_to_null(string field48) =>
        BatchUploadField.Parse(field48).Should().BeNull();

    [Fact]
    public void Settlement_totals_read_back_as_written()
    {
        var field48 = SettlementField.Format(WireTerms.Counts(Totals));

        SettlementField.Parse(field48, out _)!.Value.Domestic.Should().Be(WireTerms.Counts(Totals));
        SettlementField.ParseVerdict(field48).Should().BeNull("the terminal gives no verdict");
    }

    [Theory]
    [InlineData(SettlementVerdict.Balanced, '1', SettlementResult.Balanced)]
    [InlineData(SettlementVerdict.Unbalanced, '2', SettlementResult.Unbalanced)]
    [InlineData(SettlementVerdict.Error, '3', SettlementResult.Error)]
    public void The_host_verdict_is_the_last_digit_of_the_domestic_half(SettlementVerdict verdict, char digit, SettlementResult result)
    {
        var sent = SettlementField.Format(WireTerms.Counts(Totals));
        var field48 = SettlementField.WithVerdict(sent, verdict);

        field48[30].Should().Be(digit);
        field48[..30].Should().Be(sent[..30]);
        WireTerms.Result(SettlementField.ParseVerdict(field48)!.Value).Should().Be(result);
        SettlementField.Parse(field48, out _)!.Value.Domestic.Should().Be(WireTerms.Counts(Totals));
    }

    private static string Field48(params BatchUploadEntry[] entries) => BatchUploadField.Format([.. entries.Select(WireTerms.Item)]);
}
