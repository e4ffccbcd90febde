using System.Text;

namespace LakalaPos.Devices.Text;

/// <summary>GB18030, the encoding Chinese ESC/POS printers take in Chinese mode (a superset of GB2312 and GBK).</summary>
internal static class Gb18030
{
    public static Encoding Encoding { get; } = Load();

    private static Encoding Load()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
