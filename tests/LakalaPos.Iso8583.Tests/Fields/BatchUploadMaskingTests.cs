using FluentAssertions;
using LakalaPos.Iso8583.Fields;

namespace LakalaPos.Iso8583.Tests.Fields;

/// <summary>Field 48 of a 0320 as a log may show it: no card number in clear.</summary>
public class BatchUploadMaskingTests
{
    private const string DebitPan = "6222020200112233446";
    private const string CreditPan = "6258070012345673";

    [Fact]
    public void Every_card_number_is_masked_to_its_first_6_and_last_4_digits_and_the_rest_stays_readable()
    {
        var field48 = BatchUploadField.Format([
            new BatchUploadItem(2, DebitPan, 10_000, BatchItemKind.Sale),
            new BatchUploadItem(4, CreditPan, 5_000, BatchItemKind.Void),
        ]);

        BatchUploadField.Masked(field48).Should().Be("02"
            + "0" + "1" + "000002" + "9" + "622202*********3446" + "000000010000"
            + "0" + "2" + "000004" + "6" + "625807******5673" + "000" + "000000005000");
    }

    [Fact]
    public void A_card_number_ending_in_zeros_is_masked_over_its_own_length_not_the_padding()
    {
        var field48 = BatchUploadField.Format([new BatchUploadItem(1, "6222020200112233440", 1, BatchItemKind.Refund)]);

        BatchUploadField.Masked(field48).Should().Be("01" + "0" + "3" + "000001" + "9" + "622202*********3440" + "000000000001");
    }

    [Theory]
    [InlineData("01" + "0" + "7" + "000002" + "9" + DebitPan + "000000010000")] // type 7
    [InlineData("02" + "0" + "1" + "000002" + "9" + DebitPan + "000000010000")] // announces 2, carries 1
    [InlineData("01" + DebitPan)]
    [InlineData("x")]
    public void A_field_that_does_not_parse_is_hidden_whole(string field48) =>
        BatchUploadField.Masked(field48).Should().Be(new string('*', field48.Length));

    [Fact]
    public void An_upload_without_entries_shows_its_count() =>
        BatchUploadField.Masked("00").Should().Be("00");
}
