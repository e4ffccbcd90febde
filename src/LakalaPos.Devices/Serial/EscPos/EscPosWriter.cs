using System.Buffers;
using LakalaPos.Devices.Text;
using static LakalaPos.Devices.Serial.EscPos.EscPosBytes;

namespace LakalaPos.Devices.Serial.EscPos;

/// <summary>Builds the bytes of a printout for an ESC/POS printer, command by command. Text goes out as GB18030.</summary>
public sealed class EscPosWriter
{
    /// <summary>The most a QR code is given to hold (a version 40 symbol at level M holds a little over 2300 bytes).</summary>
    public const int MaxQrBytes = 2000;

    private readonly ArrayBufferWriter<byte> _bytes = new();

    /// <summary>ESC @: back to the printer's defaults.</summary>
    public EscPosWriter Initialize() => Add(Esc, EscPosBytes.Initialize);

    /// <summary>FS &amp;: Chinese mode, so double-byte text prints as Chinese characters two columns wide.</summary>
    public EscPosWriter ChineseMode() => Add(Fs, ChineseOn);

    public EscPosWriter Bold(bool on) => Add(Esc, EscPosBytes.Bold, on ? (byte)1 : (byte)0);

    /// <summary>GS !: characters <paramref name="width"/> and <paramref name="height"/> times their normal size (1-8).</summary>
    public EscPosWriter Size(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 8);
        return Add(Gs, EscPosBytes.Size, (byte)((width - 1) << 4 | (height - 1)));
    }

    /// <summary>ESC a: alignment of the lines that follow (set at the start of a line).</summary>
    public EscPosWriter Align(PrintAlignment alignment) => Add(Esc, EscPosBytes.Align, (byte)alignment);

    /// <summary>One line of text and a line feed. Control characters are dropped: they would be commands.</summary>
    public EscPosWriter Line(string text)
    {
        var clean = ControlCharacters.Strip(text);
        var span = _bytes.GetSpan(Gb18030.Encoding.GetMaxByteCount(clean.Length) + 1);
        var count = Gb18030.Encoding.GetBytes(clean, span);
        span[count] = Lf;
        _bytes.Advance(count + 1);
        return this;
    }

    /// <summary>ESC d: feeds <paramref name="lines"/> empty lines.</summary>
    public EscPosWriter Feed(int lines)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lines);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lines, 255);
        return Add(Esc, FeedLines, (byte)lines);
    }

    /// <summary>GS ( k: a QR code (model 2, error correction M) of the text, printed where the writer is.</summary>
    public EscPosWriter QrCode(string text, int moduleSize = 6)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(moduleSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(moduleSize, 16);
        var data = Gb18030.Encoding.GetBytes(ControlCharacters.Strip(text));
        if (data.Length > MaxQrBytes)
            throw new ArgumentException($"a QR code holds at most {MaxQrBytes} bytes here, the text takes {data.Length}", nameof(text));
        Symbol(QrModel, (byte)'2', 0);
        Symbol(QrModuleSize, (byte)moduleSize);
        Symbol(QrErrorCorrection, (byte)'1');
        Symbol(QrStore, [(byte)'0', .. data]);
        return Symbol(QrPrint, (byte)'0');
    }

    /// <summary>GS V 66 0: feeds the last line past the cutter and cuts, ending the receipt.</summary>
    public EscPosWriter Cut() => Add(Gs, EscPosBytes.Cut, 66, 0);

    /// <summary>DLE EOT 4: asks for the paper sensor; the printer answers one byte at once, even while busy.</summary>
    public EscPosWriter PaperStatusRequest() => Add(Dle, Eot, PaperSensor);

    public byte[] ToArray() => _bytes.WrittenSpan.ToArray();

    /// <summary>GS ( k pL pH 49 fn parameters.</summary>
    private EscPosWriter Symbol(byte function, params ReadOnlySpan<byte> parameters)
    {
        var length = parameters.Length + 2;
        Add(Gs, EscPosBytes.Symbol, (byte)'k', (byte)(length & 0xFF), (byte)(length >> 8), EscPosBytes.QrCode, function);
        return Add(parameters);
    }

    private EscPosWriter Add(params ReadOnlySpan<byte> bytes)
    {
        _bytes.Write(bytes);
        return this;
    }
}
