using System.Text;

namespace LakalaPos.Iso8583.Messages;

/// <summary>
/// GB18030, the encoding of field 63's text: UnionPay hosts send Chinese in it. It is built into
/// .NET behind the code-pages provider, which is registered here, once, on first use. Strict both
/// ways: a byte sequence that is not GB18030 or a character it cannot hold throws instead of
/// turning into '?'. ASCII, which GB18030 keeps byte for byte, is handled without loading the
/// encoding (about 0.1 s the first time): a terminal whose 63 holds "CUP" or "001" never pays it.
/// </summary>
public static class Gb18030Text
{
    private static readonly Lazy<Encoding> Strict = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The text's bytes; throws <see cref="EncoderFallbackException"/> for a lone surrogate.</summary>
    public static byte[] GetBytes(string text) => Ascii.IsValid(text) ? Encoding.ASCII.GetBytes(text) : Strict.Value.GetBytes(text);

    /// <summary>How many bytes the text takes on the wire (what field 63's length prefix counts).</summary>
    public static int ByteCount(string text) => Ascii.IsValid(text) ? text.Length : Strict.Value.GetByteCount(text);

    /// <summary>The text of <paramref name="bytes"/>, or false when they are not GB18030.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        if (Ascii.IsValid(bytes))
        {
            text = Encoding.ASCII.GetString(bytes);
            return true;
        }
        try
        {
            text = Strict.Value.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
