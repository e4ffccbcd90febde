using System.Globalization;
using LakalaPos.Iso8583.Fields;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// Why the protocol's <see cref="BatchUploadField.Parse"/> refused a field 48, for the log. The
/// entry layout stays the protocol's: this only checks the count against the length and hands
/// each entry to <see cref="BatchUploadField.Parse"/> on its own, to name the first one that is
/// wrong. No reason shows a digit of the field beyond its count.
/// </summary>
internal static class BatchUploadProblem
{
    private const string OneEntry = "01";

    public static string Of(string? field48)
    {
        if (field48 is null)
            return "field 48 is missing";
        if (field48.Length < 2 || !field48.All(char.IsAsciiDigit))
            return "field 48 is not a count of 2 digits followed by digits";
        var count = int.Parse(field48.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (count > BatchUploadField.MaxEntries)
            return $"field 48 announces {count} entries, more than the {BatchUploadField.MaxEntries} a message carries";
        var expectedLength = 2 + count * BatchUploadField.EntryLength;
        if (field48.Length != expectedLength)
            return $"field 48 announces {count} entries ({expectedLength} digits) but has {field48.Length} digits";
        for (var i = 0; i < count; i++)
        {
            var entry = field48.Substring(2 + i * BatchUploadField.EntryLength, BatchUploadField.EntryLength);
            if (BatchUploadField.Parse(OneEntry + entry) is null)
                return $"entry {i + 1} is not organisation 0, type 1 sale / 2 void / 3 refund, trace, card number length, card number padded with 0, amount";
        }
        return "field 48 is not a batch upload block";
    }
}
