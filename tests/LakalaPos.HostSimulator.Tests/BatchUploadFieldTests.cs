using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Processing;

namespace LakalaPos.HostSimulator.Tests;

/// <summary>The provisional 0320 field 48 layout: count n2 + per entry org n2, trace n6, PAN length n2, PAN n19, amount n12, type n1.</summary>
public class BatchUploadFieldTests
{
    [Fact]
    public void Entries_are_read_back_as_they_were_written()
    {
        UploadLine[] lines =
        [
            new("00", "000002", "6222020200112233446", 10_000, HostTransactionKind.Sale),
            new("01", "000004", "6258070012345673", 5_000, HostTransactionKind.Void),
            new("00", "000005", "6222020200112233446", 2_000, HostTransactionKind.Refund),
        ];

        var field = BatchUploadField.Format(lines);

        field.Should().HaveLength(2 + 3 * 42).And.StartWith("03" + "00" + "000002" + "19" + "6222020200112233446" + "000000010000" + "0");
        field.Substring(2 + 42, 42).Should().Be("01" + "000004" + "16" + "6258070012345673000" + "000000005000" + "1");
        BatchUploadField.Parse(field).Should().Equal(lines);
    }

    [Fact]
    public void Seven_entries_fill_the_322_digits_field_48_can_hold()
    {
        var lines = Enumerable.Range(1, 7).Select(i => new UploadLine("00", i.ToString("D6"), "6222020200112233446", i, HostTransactionKind.Sale)).ToList();

        BatchUploadField.Format(lines).Length.Should().BeLessThanOrEqualTo(322);
        BatchUploadField.Parse(BatchUploadField.Format(lines)).Should().HaveCount(7);
    }

    [Theory]
    [InlineData("01" + "00000002", "announces 1 entries")]
    [InlineData("0A", "not a count")]
    [InlineData("01" + "00" + "000002" + "20" + "6222020200112233446" + "000000010000" + "0", "entry 1: card number length 20")]
    [InlineData("01" + "00" + "000002" + "16" + "6258070012345673001" + "000000010000" + "0", "entry 1: the card number is not padded")]
    [InlineData("01" + "00" + "000002" + "16" + "6258070012345673000" + "000000010000" + "3", "entry 1: type 3")]
    public void A_malformed_field_is_refused_with_a_message_naming_what_is_wrong(string field, string expected)
    {
        var parse = () => BatchUploadField.Parse(field);

        parse.Should().Throw<FormatException>().Which.Message.Should().Contain(expected).And.NotContain("6258070012345673");
    }

    [Fact]
    public void The_log_form_masks_each_card_number_and_keeps_the_rest()
    {
        var field = BatchUploadField.Format([new("00", "000002", "6258070012345673", 5_000, HostTransactionKind.Sale)]);

        BatchUploadField.Masked(field).Should().Be("01" + "00" + "000002" + "16" + "625807******5673" + "000" + "000000005000" + "0");
        BatchUploadField.Masked("01" + "6258070012345673").Should().Be("01" + new string('*', 16));
    }
}
