using System.Globalization;

namespace LakalaPos.Journal;

/// <summary>
/// How values are spelled in the database: enums by name and times as ISO-8601 with offset,
/// so the file reads the same to a person with the sqlite3 shell as to the code.
/// </summary>
internal static class JournalText
{
    public static string FromTime(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ToTime(string text, string column) =>
        DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new InvalidDataException($"Journal column '{column}' holds '{text}', which is not an ISO-8601 time with offset.");

    public static string FromEnum<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value)
            ? value.ToString()
            : throw new ArgumentOutOfRangeException(nameof(value), $"{typeof(T).Name} value {value} is not defined.");

    public static T ToEnum<T>(string text, string column)
        where T : struct, Enum
    {
        // Names only: a digit string would parse as a number and hide a corrupted row.
        if (text.Length > 0 && char.IsAsciiLetter(text[0]) && Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value))
            return value;
        throw new InvalidDataException($"Journal column '{column}' holds '{text}', which is not a {typeof(T).Name} name.");
    }
}
