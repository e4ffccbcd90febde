using LakalaPos.Devices.Text;
using static LakalaPos.Devices.Serial.EscPos.EscPosBytes;

namespace LakalaPos.Devices.Serial.EscPos;

/// <summary>
/// Reads ESC/POS bytes back into printed lines, as a printer would print them: text (GB18030)
/// ends at each line feed, a cut ends a receipt, styles are kept with each line. It knows the
/// commands <see cref="EscPosWriter"/> sends and the common ones a receipt may hold; another
/// command is listed in <see cref="EscPosPrintout.Unknown"/> and skipped, and bytes cut off in the
/// middle of a command end the printout. It never throws on bad input. Used by tests and tools.
/// </summary>
public sealed class EscPosDecoder
{
    // Commands this decoder skips, with how many parameter bytes they take.
    private static readonly Dictionary<byte, int> EscParameters = new()
    {
        [(byte)'2'] = 0, [(byte)'3'] = 1, [(byte)'J'] = 1, [(byte)'M'] = 1, [(byte)'G'] = 1, [(byte)'-'] = 1,
        [(byte)'t'] = 1, [(byte)'R'] = 1, [(byte)'{'] = 1, [(byte)'V'] = 1, [(byte)'p'] = 3, [(byte)'c'] = 2,
    };

    private static readonly Dictionary<byte, int> GsParameters = new()
    {
        [(byte)'B'] = 1, [(byte)'H'] = 1, [(byte)'h'] = 1, [(byte)'w'] = 1, [(byte)'f'] = 1, [(byte)'a'] = 1,
        [(byte)'L'] = 2, [(byte)'W'] = 2,
    };

    private readonly List<PrintedReceipt> _receipts = [];
    private readonly List<PrintedLine> _lines = [];
    private readonly List<byte> _text = [];
    private readonly List<string> _unknown = [];
    private byte[] _qrData = [];
    private int _statusRequests;
    private bool _bold;
    private int _width = 1;
    private int _height = 1;
    private PrintAlignment _alignment;

    public static EscPosPrintout Decode(ReadOnlySpan<byte> bytes) => new EscPosDecoder().Run(bytes);

    private EscPosPrintout Run(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            var next = Step(bytes, at);
            if (next < 0)
            {
                _unknown.Add($"cut off at byte {at}");
                break;
            }
            at = next;
        }
        if (_text.Count > 0)
            EndLine();
        return new EscPosPrintout(_receipts, _lines.ToList(), _statusRequests, _unknown);
    }

    /// <summary>Handles the byte at <paramref name="at"/> and what belongs to it; the index after it, or -1 when the bytes end too soon.</summary>
    private int Step(ReadOnlySpan<byte> bytes, int at)
    {
        var b = bytes[at];
        switch (b)
        {
            case Lf:
                EndLine();
                return at + 1;
            case Cr:
                return at + 1;
            case Esc:
                return Escape(bytes, at + 1);
            case Gs:
                return GroupSeparator(bytes, at + 1);
            case Fs:
                return FieldSeparator(bytes, at + 1);
            case Dle:
                if (at + 2 >= bytes.Length)
                    return -1;
                if (bytes[at + 1] == Eot)
                    _statusRequests++;
                else
                    _unknown.Add($"DLE 0x{bytes[at + 1]:X2}");
                return at + 3;
            case < 0x20 or 0x7F:
                _unknown.Add($"control 0x{b:X2}");
                return at + 1;
            default:
                _text.Add(b);
                return at + 1;
        }
    }

    private int Escape(ReadOnlySpan<byte> bytes, int at)
    {
        if (at >= bytes.Length)
            return -1;
        var command = bytes[at];
        if (command == EscPosBytes.Initialize)
        {
            _text.Clear();
            (_bold, _width, _height, _alignment) = (false, 1, 1, PrintAlignment.Left);
            return at + 1;
        }
        if (at + 1 >= bytes.Length)
            return -1;
        var n = bytes[at + 1];
        switch (command)
        {
            case EscPosBytes.Bold:
                _bold = (n & 1) == 1;
                return at + 2;
            case EscPosBytes.Align:
                _alignment = (n % 48) switch { 1 => PrintAlignment.Center, 2 => PrintAlignment.Right, _ => PrintAlignment.Left };
                return at + 2;
            case FeedLines:
                for (var i = 0; i < Math.Max((int)n, _text.Count > 0 ? 1 : 0); i++)
                    EndLine();
                return at + 2;
            case PrintMode:
                (_bold, _height, _width) = ((n & 0x08) != 0, (n & 0x10) != 0 ? 2 : 1, (n & 0x20) != 0 ? 2 : 1);
                return at + 2;
        }
        return Skip(EscParameters, "ESC", command, bytes, at);
    }

    private int GroupSeparator(ReadOnlySpan<byte> bytes, int at)
    {
        if (at + 1 >= bytes.Length)
            return -1;
        var command = bytes[at];
        var n = bytes[at + 1];
        switch (command)
        {
            case EscPosBytes.Size:
                (_width, _height) = ((n >> 4) + 1, (n & 0x0F) + 1);
                return at + 2;
            case EscPosBytes.Cut:
                // GS V 0|1|48|49 cuts at once; GS V 65|66 n feeds first.
                var end = n is 65 or 66 ? at + 3 : at + 2;
                if (end > bytes.Length)
                    return -1;
                EndReceipt();
                return end;
            case EscPosBytes.Symbol:
                return Symbol(bytes, at + 1);
        }
        return Skip(GsParameters, "GS", command, bytes, at);
    }

    private int FieldSeparator(ReadOnlySpan<byte> bytes, int at)
    {
        if (at >= bytes.Length)
            return -1;
        var command = bytes[at];
        if (command is ChineseOn or ChineseOff)
            return at + 1; // text is read as GB18030 either way: ASCII is the same in both
        return command == (byte)'!' || command == (byte)'C' ? (at + 2 <= bytes.Length ? at + 2 : -1) : Unknown("FS", command, at);
    }

    /// <summary>GS ( k pL pH cn fn …: the QR code's text is stored (fn 80) and printed (fn 81); other symbols are skipped.</summary>
    private int Symbol(ReadOnlySpan<byte> bytes, int at)
    {
        if (at + 3 > bytes.Length)
            return -1;
        if (bytes[at] != (byte)'k')
            return Unknown("GS (", bytes[at], at);
        var length = bytes[at + 1] | bytes[at + 2] << 8;
        var body = at + 3;
        if (body + length > bytes.Length)
            return -1;
        if (length >= 2 && bytes[body] == EscPosBytes.QrCode)
        {
            var function = bytes[body + 1];
            if (function == QrStore && length >= 3)
                _qrData = bytes.Slice(body + 3, length - 3).ToArray();
            else if (function == QrPrint)
            {
                if (_text.Count > 0)
                    EndLine();
                _lines.Add(new PrintedLine(Gb18030.Encoding.GetString(_qrData), Alignment: _alignment, IsQrCode: true));
            }
        }
        return body + length;
    }

    private int Skip(Dictionary<byte, int> parameters, string prefix, byte command, ReadOnlySpan<byte> bytes, int at)
    {
        if (!parameters.TryGetValue(command, out var count))
            return Unknown(prefix, command, at);
        return at + 1 + count <= bytes.Length ? at + 1 + count : -1;
    }

    private int Unknown(string prefix, byte command, int at)
    {
        _unknown.Add(command is > 0x20 and < 0x7F ? $"{prefix} {(char)command}" : $"{prefix} 0x{command:X2}");
        return at + 1;
    }

    private void EndLine()
    {
        _lines.Add(new PrintedLine(Gb18030.Encoding.GetString([.. _text]), _bold, _width, _height, _alignment));
        _text.Clear();
    }

    private void EndReceipt()
    {
        if (_text.Count > 0)
            EndLine();
        _receipts.Add(new PrintedReceipt(_lines.ToList()));
        _lines.Clear();
    }
}
