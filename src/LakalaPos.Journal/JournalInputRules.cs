using LakalaPos.Core.Journal;

namespace LakalaPos.Journal;

/// <summary>
/// Checks made before anything touches the database, so bad input is refused with a message
/// that names the problem (and never the card number).
/// </summary>
internal static partial class JournalInputRules
{
    /// <summary>A masked PAN keeps at most the first 6 and the last 4 digits in clear.</summary>
    public const int MaxClearDigitsInMaskedPan = 10;

    public const int MaxCounter = 999_999;

    public static void CheckWrite(string evt, TransactionRecord[] records)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentException.ThrowIfNullOrWhiteSpace(evt);
        for (var i = 0; i < records.Length; i++)
            CheckRecord(records[i], $"record {i + 1} of {records.Length}");
    }

    public static void CheckOperator(OperatorRecord op)
    {
        ArgumentNullException.ThrowIfNull(op);
        if (op.Number is not { Length: 2 } || !op.Number.All(char.IsAsciiDigit))
            throw new ArgumentException($"Operator number must be two digits (00-99), got '{op.Number}'.", nameof(op));
        if (!Enum.IsDefined(op.Role))
            throw new ArgumentException($"Operator {op.Number} has an undefined role ({(int)op.Role}).", nameof(op));
        if (string.IsNullOrEmpty(op.PasswordHash))
            throw new ArgumentException($"Operator {op.Number} has no password hash.", nameof(op));
    }

    public static void CheckParameter(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
    }

    public static void CheckBatch(int batch)
    {
        if (batch is < 1 or > MaxCounter)
            throw new ArgumentOutOfRangeException(nameof(batch), batch, $"A batch number is 1-{MaxCounter}.");
    }

    public static void CheckLastTrace(int lastUsed)
    {
        if (lastUsed is < 0 or > MaxCounter)
            throw new ArgumentOutOfRangeException(nameof(lastUsed), lastUsed, $"The last trace used is 0-{MaxCounter}.");
    }

    private static void CheckRecord(TransactionRecord? record, string which)
    {
        if (record is null)
            throw new ArgumentNullException(nameof(record), $"Journal write: {which} is null.");
        if (record.Id < 0)
            throw new ArgumentException($"Journal write: {which} has a negative id ({record.Id}).", nameof(record));
        if (string.IsNullOrEmpty(record.OperatorNo))
            throw new ArgumentException($"Journal write: {which} has no operator number.", nameof(record));
        if (record.MaskedPan is { } masked && masked.Count(char.IsAsciiDigit) > MaxClearDigitsInMaskedPan)
        {
            // The value itself is left out of the message: it may be a full card number.
            throw new ArgumentException(
                $"Journal write: {which} has a MaskedPan with more than {MaxClearDigitsInMaskedPan} clear digits; " +
                "only the first 6 and last 4 may be kept in clear.", nameof(record));
        }

        CheckDefined(record.Type, which);
        CheckDefined(record.Status, which);
        CheckDefined(record.ReversalState, which);
        if (record.EntryMode is { } mode)
            CheckDefined(mode, which);
        if (record.RefundMethod is { } method)
            CheckDefined(method, which);
        CheckOrder(record, which);
    }

    private static void CheckDefined<T>(T value, string which, string paramName = "records")
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
            throw new ArgumentException($"Journal write: {which} has an undefined {typeof(T).Name} ({value}).", paramName);
    }
}
