using System.Text;

namespace LakalaPos.Iso8583.Messages;

/// <summary>Which characters each data type allows, and the text encoding of an/ans fields.</summary>
internal static class FieldCharset
{
    /// <summary>Strict UTF-8: invalid bytes or lone surrogates throw instead of turning into '?'.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
        Iso8583DataType.Ans => c is >= ' ' and <= '~' || (format.AllowsUtf8 && c > '~' && !char.IsControl(c)),
        _ => false,
    };
}
