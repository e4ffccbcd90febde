using System.Text;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Rules;

/// <summary>
/// The text a rule puts in field 63 of an answer, after the 3-character card organisation: field 63
/// holds at most 163 bytes, so the text at most 160 bytes of GB18030 (80 Chinese characters).
/// </summary>
internal static class AnswerText
{
    public const int MaxBytes = 160;

    public static string Check(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new HostRuleException("host rule text: needs the text after 'text' (e.g. decline 51 text 余额不足)");
        if (text.Any(char.IsControl))
            throw new HostRuleException("host rule text: control characters cannot be shown");
        int bytes;
        try
        {
            bytes = Gb18030Text.ByteCount(text);
        }
        catch (EncoderFallbackException)
        {
            throw new HostRuleException("host rule text: holds a character GB18030 cannot encode");
        }
        if (bytes > MaxBytes)
            throw new HostRuleException($"host rule text: {bytes} bytes in GB18030, field 63 leaves room for {MaxBytes} (80 Chinese characters)");
        return text;
    }
}
