using System.Globalization;
using System.Text;
using LakalaPos.Core.Security;
using LakalaPos.HostSimulator.Ledger;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>One transaction as a batch upload lists it.</summary>
internal sealed record UploadLine(string CardOrganisation, string Trace, string Pan, long AmountFen, HostTransactionKind Kind)
{
    public override string ToString() => $"{Kind} {Trace} {PanMask.Mask(Pan)} {AmountFen}";
}

/// <summary>
/// Field 48 of a batch upload (0320). PROVISIONAL layout, kept in this one class so it can be
/// aligned with the protocol library's mapping once that defines it: count n2, then per entry
/// card organisation n2 + trace n6 + PAN length n2 + PAN n19 (left-aligned, padded with 0) +
/// amount n12 + type n1 (0 sale, 1 void, 2 refund) = 42 digits; at most 7 entries in 322 digits.
/// </summary>
internal static class BatchUploadField
{
    public const int EntryLength = 42;
    private const int PanField = 19;

    /// <summary>The entries; throws <see cref="FormatException"/> naming the first thing wrong.</summary>
    public static IReadOnlyList<UploadLine> Parse(string? digits)
    {
        if (digits is null)
            throw new FormatException("field 48 is missing");
        if (digits.Length < 2 || !digits.All(char.IsAsciiDigit))
            throw new FormatException("field 48 is not a count of 2 digits followed by digits");
        var count = int.Parse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (digits.Length != 2 + count * EntryLength)
            throw new FormatException($"field 48 announces {count} entries ({2 + count * EntryLength} digits) but has {digits.Length} digits");
        var lines = new List<UploadLine>(count);
        for (var i = 0; i < count; i++)
            lines.Add(Entry(digits.AsSpan(2 + i * EntryLength, EntryLength), i + 1));
        return lines;
    }

    /// <summary>What a terminal sends for these entries (tests build their uploads with it).</summary>
    public static string Format(IReadOnlyCollection<UploadLine> lines)
    {
        var text = new StringBuilder(lines.Count.ToString("D2", CultureInfo.InvariantCulture));
        foreach (var line in lines)
        {
            text.Append(line.CardOrganisation).Append(line.Trace)
                .Append(line.Pan.Length.ToString("D2", CultureInfo.InvariantCulture)).Append(line.Pan.PadRight(PanField, '0'))
                .Append(line.AmountFen.ToString("D12", CultureInfo.InvariantCulture)).Append(TypeDigit(line.Kind));
        }
        return text.ToString();
    }

    /// <summary>The field for a log: each card number masked; an unreadable field all stars after its count.</summary>
    public static string Masked(string digits)
    {
        try
        {
            var masked = digits.ToCharArray();
            var lines = Parse(digits);
            for (var i = 0; i < lines.Count; i++)
                PanMask.Mask(lines[i].Pan).CopyTo(0, masked, 2 + i * EntryLength + 10, lines[i].Pan.Length);
            return new string(masked);
        }
        catch (FormatException)
        {
            return digits.Length <= 2 ? digits : digits[..2] + new string('*', digits.Length - 2);
        }
    }

    private static UploadLine Entry(ReadOnlySpan<char> entry, int number)
    {
        var panLength = int.Parse(entry.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (panLength is < 13 or > PanField)
            throw new FormatException($"entry {number}: card number length {panLength} is not 13-19");
        var panField = entry.Slice(10, PanField);
        if (panField[panLength..].ContainsAnyExcept('0'))
            throw new FormatException($"entry {number}: the card number is not padded with zeros after its {panLength} digits");
        var kind = entry[41] switch
        {
            '0' => HostTransactionKind.Sale,
            '1' => HostTransactionKind.Void,
            '2' => HostTransactionKind.Refund,
            var other => throw new FormatException($"entry {number}: type {other} is none of 0 sale, 1 void, 2 refund"),
        };
        return new UploadLine(
            entry[..2].ToString(), entry.Slice(2, 6).ToString(), panField[..panLength].ToString(),
            long.Parse(entry.Slice(29, 12), NumberStyles.None, CultureInfo.InvariantCulture), kind);
    }

    private static char TypeDigit(HostTransactionKind kind) => kind switch
    {
        HostTransactionKind.Sale => '0',
        HostTransactionKind.Void => '1',
        _ => '2',
    };
}
