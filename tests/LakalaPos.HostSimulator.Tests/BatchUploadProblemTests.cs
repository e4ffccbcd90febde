using LakalaPos.HostSimulator.Processing;
using LakalaPos.Iso8583.Fields;

namespace LakalaPos.HostSimulator.Tests;

/// <summary>
/// The reason logged when the protocol's 0320 field 48 layout (count n2 + 40-digit entries, at
/// most 8) refuses an upload: it names what is wrong and never shows a card number.
/// </summary>
public class BatchUploadProblemTests
{
    private const string Pan = "6258070012345673";
    private const string GoodEntry = "0" + "1" + "000002" + "6" + Pan + "000" + "000000010000";

    [Theory]
    [InlineData(null, "field 48 is missing")]
    [InlineData("0A", "not a count of 2 digits")]
    [InlineData("09" + GoodEntry, "announces 9 entries, more than the 8")]
    [InlineData("01" + "00000002", "announces 1 entries (42 digits) but has 10 digits")]
    [InlineData("02" + GoodEntry + "0" + "4" + "000003" + "6" + Pan + "000" + "000000010000", "entry 2 is not")] // type 4
    [InlineData("01" + "2" + "1" + "000002" + "6" + Pan + "000" + "000000010000", "entry 1 is not")] // organisation 2
    [InlineData("01" + "0" + "1" + "000002" + "6" + Pan + "001" + "000000010000", "entry 1 is not")] // padded with 001
    public void A_field_the_layout_refuses_is_explained_without_its_card_numbers(string? field48, string expected)
    {
        if (field48 is not null)
            BatchUploadField.Parse(field48).Should().BeNull();

        BatchUploadProblem.Of(field48).Should().Contain(expected).And.NotContain(Pan[..9]);
    }
}
