namespace LakalaPos.Devices.Serial.EscPos;

/// <summary>The ESC/POS prefixes and command letters the writer sends and the decoder reads.</summary>
internal static class EscPosBytes
{
    public const byte Lf = 0x0A;
    public const byte Cr = 0x0D;
    public const byte Esc = 0x1B;
    public const byte Fs = 0x1C;
    public const byte Gs = 0x1D;
    public const byte Dle = 0x10;
    public const byte Eot = 0x04;

    /// <summary>ESC @: initialize (styles off, buffer cleared).</summary>
    public const byte Initialize = (byte)'@';

    /// <summary>ESC E n: bold on (n odd) or off.</summary>
    public const byte Bold = (byte)'E';

    /// <summary>ESC a n: left 0, center 1, right 2.</summary>
    public const byte Align = (byte)'a';

    /// <summary>ESC d n: print and feed n lines.</summary>
    public const byte FeedLines = (byte)'d';

    /// <summary>ESC ! n: print mode (bold 0x08, double height 0x10, double width 0x20).</summary>
    public const byte PrintMode = (byte)'!';

    /// <summary>GS ! n: character size, width − 1 in the high nibble, height − 1 in the low one.</summary>
    public const byte Size = (byte)'!';

    /// <summary>GS V m [n]: cut; m = 66 feeds to the cutter first.</summary>
    public const byte Cut = (byte)'V';

    /// <summary>GS ( k: 2D symbols (the QR code).</summary>
    public const byte Symbol = (byte)'(';

    /// <summary>FS &amp;: Chinese mode on (double-byte GB18030 text).</summary>
    public const byte ChineseOn = (byte)'&';

    /// <summary>FS .: Chinese mode off.</summary>
    public const byte ChineseOff = (byte)'.';

    /// <summary>DLE EOT 4: send the paper roll sensor status (one byte, see <see cref="PaperStatus"/>).</summary>
    public const byte PaperSensor = 4;

    /// <summary>GS ( k function codes for QR codes (cn = 49).</summary>
    public const byte QrCode = 49, QrModel = 65, QrModuleSize = 67, QrErrorCorrection = 69, QrStore = 80, QrPrint = 81;
}
