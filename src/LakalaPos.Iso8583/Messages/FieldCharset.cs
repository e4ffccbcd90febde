using System.Globalization;

namespace LakalaPos.Iso8583.Messages;

/// <summary>Which characters each data type allows.</summary>
internal static class FieldCharset
{
    /// <summary>The 1-based position of the first character the format does not allow, or 0.</summary>
    public static int FirstInvalid(Iso8583FieldFormat format, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!Allowed(format, value[i]))
                return i + 1;
        }
        return 0;
    }

    public static string Describe(Iso8583DataType type) => type switch
    {
        Iso8583DataType.N => "digits 0-9",
        Iso8583DataType.Z => "digits 0-9 and '='",
        Iso8583DataType.An => "letters, digits and space",
        _ => "printable characters",
    };

    private static bool Allowed(Iso8583FieldFormat format, char c) => format.Type switch
    {
        Iso8583DataType.N => char.IsAsciiDigit(c),
        Iso8583DataType.Z => char.IsAsciiDigit(c) || c == '=',
        Iso8583DataType.An => char.IsAsciiLetterOrDigit(c) || c == ' ',
        Iso8583DataType.Ans => c is >= ' ' and <= '~' || (format.Gb18030 && c > '~' && IsPrintable(c)),
        _ => false,
    };

    /// <summary>Not a control character, and not a line or paragraph break a display would act on.</summary>
    private static bool IsPrintable(char c) =>
        !char.IsControl(c)
        && char.GetUnicodeCategory(c) is not (UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
}
