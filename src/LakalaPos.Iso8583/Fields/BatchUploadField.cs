using System.Globalization;
using System.Text;
using LakalaPos.Iso8583.Security;

namespace LakalaPos.Iso8583.Fields;

/// <summary>
/// Field 48 of a 0320 batch upload: entry count n2, then per transaction 40 digits —
/// card organisation n1 (0 = domestic, the only one written) + transaction type n1 (1 sale,
/// 2 void, 3 refund) + trace n6 + PAN length minus 10 n1 + PAN left-aligned, zero-padded to 19 +
/// amount in fen n12. Eight entries make 322 digits, the field's limit. The field carries PANs:
/// <see cref="Messages.Iso8583Fields.IsSensitive"/> flags it, and no message here names one.
/// </summary>
public static class BatchUploadField
{
    public const int MaxEntries = 8;
    public const int EntryLength = 40;
    public const char DomesticOrganisation = '0';

    private const int PanStart = 9, PanWidth = 19, ShortestPan = 10;
    private const long MaxFen = 999_999_999_999;

    /// <summary>Throws <see cref="Iso8583FieldException"/> for more than 8 entries or an entry that does not fit.</summary>
    public static string Format(IReadOnlyList<BatchUploadItem> entries)
    {
        if (entries.Count > MaxEntries)
            throw new Iso8583FieldException($"a batch upload message carries at most {MaxEntries} entries, this one has {entries.Count}");
        var text = new StringBuilder(2 + entries.Count * EntryLength);
        text.Append(entries.Count.ToString("00", CultureInfo.InvariantCulture));
        for (var i = 0; i < entries.Count; i++)
            AppendEntry(text, entries[i], i + 1);
        return text.ToString();
    }

    /// <summary>The entries of a field 48 (the host's side), or null when it is not a batch upload block.</summary>
    public static IReadOnlyList<BatchUploadItem>? Parse(string field48)
    {
        if (field48.Length < 2 || field48.AsSpan().ContainsAnyExceptInRange('0', '9'))
            return null;
        var count = int.Parse(field48.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (count > MaxEntries || field48.Length != 2 + count * EntryLength)
            return null;
        var entries = new List<BatchUploadItem>(count);
        for (var i = 0; i < count; i++)
        {
            if (ParseEntry(field48.AsSpan(2 + i * EntryLength, EntryLength)) is not { } entry)
                return null;
            entries.Add(entry);
        }
        return entries;
    }

    /// <summary>
    /// The field as a log may show it: every card number masked to its first 6 and last 4 digits
    /// (padding and the other digits as sent); all stars when it does not parse, as then nobody
    /// can tell where a card number sits.
    /// </summary>
    public static string Masked(string field48)
    {
        if (Parse(field48) is not { } entries)
            return new string('*', field48.Length);
        var masked = field48.ToCharArray();
        for (var i = 0; i < entries.Count; i++)
            PanMask.Mask(entries[i].Pan).CopyTo(0, masked, 2 + i * EntryLength + PanStart, entries[i].Pan.Length);
        return new string(masked);
    }

    private static void AppendEntry(StringBuilder text, BatchUploadItem entry, int number)
    {
        var pan = entry.Pan;
        if (pan.Length is < ShortestPan or > PanWidth || pan.AsSpan().ContainsAnyExceptInRange('0', '9'))
            throw new Iso8583FieldException($"batch upload entry {number}: the card number must be {ShortestPan} to {PanWidth} digits");
        if (entry.Trace is < 0 or > 999_999)
            throw new Iso8583FieldException($"batch upload entry {number}: trace {entry.Trace} does not fit 6 digits");
        if (entry.AmountFen is <= 0 or > MaxFen)
            throw new Iso8583FieldException($"batch upload entry {number}: amount {entry.AmountFen} fen is not between 1 and {MaxFen}");
        text.Append(DomesticOrganisation)
            .Append(TypeDigit(entry.Kind, number))
            .Append(entry.Trace.ToString("000000", CultureInfo.InvariantCulture))
            .Append((char)('0' + pan.Length - ShortestPan))
            .Append(pan.PadRight(PanWidth, '0'))
            .Append(entry.AmountFen.ToString("000000000000", CultureInfo.InvariantCulture));
    }

    private static BatchUploadItem? ParseEntry(ReadOnlySpan<char> entry)
    {
        if (entry[0] != DomesticOrganisation || TypeOf(entry[1]) is not { } type)
            return null;
        var trace = int.Parse(entry.Slice(2, 6), NumberStyles.None, CultureInfo.InvariantCulture);
        var panLength = ShortestPan + (entry[8] - '0');
        var pan = entry.Slice(PanStart, PanWidth);
        if (pan[panLength..].ContainsAnyExcept('0'))
            return null;
        var amount = long.Parse(entry.Slice(PanStart + PanWidth, 12), NumberStyles.None, CultureInfo.InvariantCulture);
        return new BatchUploadItem(trace, pan[..panLength].ToString(), amount, type);
    }

    private static char TypeDigit(BatchItemKind kind, int number) => kind switch
    {
        BatchItemKind.Sale or BatchItemKind.Void or BatchItemKind.Refund => (char)('0' + (int)kind),
        _ => throw new Iso8583FieldException($"batch upload entry {number}: kind {(int)kind} is not a batch transaction"),
    };

    private static BatchItemKind? TypeOf(char digit) => digit is >= '1' and <= '3' ? (BatchItemKind)(digit - '0') : null;
}

/// <summary>The transaction type digit of a batch upload entry.</summary>
public enum BatchItemKind
{
    Sale = 1,
    Void = 2,
    Refund = 3,
}

/// <summary>One transaction in a batch upload (0320, field 48). ToString never shows the full card number.</summary>
public sealed record BatchUploadItem(int Trace, string Pan, long AmountFen, BatchItemKind Kind)
{
    public override string ToString() => $"{Kind} {Trace:000000} {PanMask.Mask(Pan)} {AmountFen} fen";
}
