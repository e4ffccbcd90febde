using System.Text.RegularExpressions;
using LakalaPos.Iso8583.Security;
using LakalaPos.Iso8583.Fields;

namespace LakalaPos.Iso8583.Messages;

/// <summary>
/// Message bytes as they may appear in a log. A message that decoded is shown whole with its
/// card data and secrets masked by field (<see cref="Masked"/>). Bytes that did not decode are
/// never dumped: nothing says where a PIN block, IC data or keys sit in them, and those are
/// binary, so no pattern can find them. Only their length and their head — the first
/// <see cref="HeadLength"/> bytes, where a message keeps its TPDU, header and MTI — are shown
/// (<see cref="Undecodable"/>).
/// </summary>
public static partial class SafeHex
{
    /// <summary>TPDU (5) + header (6) + MTI (2): no card data or key is ever there.</summary>
    public const int HeadLength = Iso8583Codec.MtiOffset + 2;

    /// <summary>A TPDU starts with this ID; bytes that do not are not message-shaped, even at their head.</summary>
    private const byte TpduId = 0x60;

    /// <summary>How many bytes of an unreadable field a log shows.</summary>
    public const int UnreadableHeadLength = 4;

    private const int KeptPrefix = 6;
    private const int LongDigitRun = 12;
    private static readonly int[] Tracks = [35, 36];
    private static readonly int[] SecretBinaries = [52, 55, 62];

    /// <summary>
    /// "N bytes, head XXXX…" for bytes that are not a message: the decode error is the caller's
    /// to log (the codec's texts name fields and offsets, never values).
    /// </summary>
    public static string Undecodable(ReadOnlySpan<byte> bytes) =>
        bytes.Length > HeadLength
            ? $"{bytes.Length} bytes, head {Head(bytes)}…"
            : $"{bytes.Length} bytes, head {Head(bytes)}";

    /// <summary>
    /// Bytes whose meaning is not known yet (a frame nobody waited for): masked by field when they
    /// decode, else only their head and why they are not a message. The length is the caller's to log.
    /// </summary>
    public static string ForLog(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Masked(bytes, Iso8583Codec.Decode(bytes));
        }
        catch (Iso8583FormatException e)
        {
            return $"head {Head(bytes)}{(bytes.Length > HeadLength ? "…" : "")} (not a message: {e.Message})";
        }
    }

    /// <summary>
    /// The first <see cref="HeadLength"/> bytes as hex. Bytes that start like a TPDU show them in
    /// clear. Anything else may hold card data even there, so every long run that could be packed
    /// or ASCII digits (0-9 and D, the track separator) keeps only its first 6 characters, and so
    /// does a run the cut ends, whatever its length: its digits may go on past the head.
    /// </summary>
    public static string Head(ReadOnlySpan<byte> bytes)
    {
        var head = bytes.Length > HeadLength ? bytes[..HeadLength] : bytes;
        var hex = Convert.ToHexString(head);
        if (head.Length > 0 && head[0] == TpduId)
            return hex;
        return MaskDigitRuns(hex, cut: bytes.Length > head.Length);
    }

    /// <summary>
    /// A field the lenient decoder could not read, as a log may show it: the decoder's problem, the
    /// field's length and the hex of its first <see cref="UnreadableHeadLength"/> bytes, with a digit
    /// run the cut ends kept to its first 6 characters. A field that holds card data (2, 35, 36, 48)
    /// shows its length only.
    /// </summary>
    public static string Unreadable(ReadOnlySpan<byte> body, UnreadableField field)
    {
        var what = $"{field.Problem}; {field.Length} bytes";
        if (Iso8583Fields.IsSensitive(field.Field.ToString(System.Globalization.CultureInfo.InvariantCulture)) || field.Length == 0)
            return what;
        var data = body.Slice(field.Offset, field.Length);
        var cut = data.Length > UnreadableHeadLength;
        var head = MaskDigitRuns(Convert.ToHexString(cut ? data[..UnreadableHeadLength] : data), cut);
        return $"{what}, head {head}{(cut ? "…" : "")}";
    }

    /// <summary>
    /// A leniently decoded message, masked as <see cref="Masked(ReadOnlySpan{byte}, Iso8583Message)"/>
    /// does, with the data bytes of every unreadable field as stars: nothing says what they hold.
    /// </summary>
    public static string Masked(ReadOnlySpan<byte> body, DecodedMessage decoded)
    {
        var hex = Masked(body, decoded.Message).ToCharArray();
        foreach (var field in decoded.Unreadable)
            hex.AsSpan(field.Offset * 2, field.Length * 2).Fill('*');
        return new string(hex);
    }

    /// <summary>
    /// A decoded message's bytes as hex with the PAN (field 2) masked to its first 6 and last 4
    /// digits, track data (35, 36) to the masked PAN and stars, the PIN block (52), IC data (55)
    /// and working keys (62) to stars, and field 48 — but a settlement's, which holds totals — masked
    /// as <see cref="BatchUploadField.Masked"/> does (a batch upload's card numbers; all stars when it is no upload).
    /// </summary>
    public static string Masked(ReadOnlySpan<byte> body, Iso8583Message message)
    {
        var hex = Convert.ToHexString(body);
        // Tracks first: they contain the PAN, which would no longer match once masked.
        foreach (var field in Tracks)
        {
            if (message.GetText(field) is { Length: > 0 } track)
            {
                var asHex = track.Replace('=', 'D').ToUpperInvariant();
                var separator = asHex.IndexOf('D');
                var masked = separator > 0
                    ? PanMask.Mask(asHex[..separator]) + new string('*', asHex.Length - separator)
                    : new string('*', asHex.Length);
                hex = hex.Replace(asHex, masked, StringComparison.Ordinal);
            }
        }
        if (message.GetText(2) is { Length: > 0 } pan)
            hex = hex.Replace(pan, PanMask.Mask(pan), StringComparison.Ordinal);
        // A batch upload lists card numbers in field 48 (packed digits, so its hex is its text), and
        // its answer may echo them; only settlement's 48 (totals) is known to hold none.
        if (!IsSettlement(message.Mti) && message.GetText(48) is { Length: > 0 } field48)
            hex = hex.Replace(field48, BatchUploadField.Masked(field48), StringComparison.Ordinal);
        foreach (var field in SecretBinaries)
        {
            if (message.GetBinary(field) is { Length: > 0 } secret)
            {
                var asHex = Convert.ToHexString(secret);
                hex = hex.Replace(asHex, new string('*', asHex.Length), StringComparison.Ordinal);
            }
        }
        return hex;
    }

    /// <summary>Every long run of digits (0-9, D) keeps its first 6 characters, and so does a run the cut ends.</summary>
    private static string MaskDigitRuns(string hex, bool cut) =>
        DigitRun().Replace(hex, run =>
            run.Length >= LongDigitRun || (cut && run.Index + run.Length == hex.Length)
                ? KeepPrefix(run.Value)
                : run.Value);

    private static bool IsSettlement(string mti) => mti is MessageCodes.SettlementMti || mti == MessageCodes.AnswerTo(MessageCodes.SettlementMti);

    private static string KeepPrefix(string run) =>
        run.Length <= KeptPrefix ? run : run[..KeptPrefix] + new string('*', run.Length - KeptPrefix);

    [GeneratedRegex("[0-9D]+")]
    private static partial Regex DigitRun();
}
