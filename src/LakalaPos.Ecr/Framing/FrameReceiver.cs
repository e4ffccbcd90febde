using System.Text;

namespace LakalaPos.Ecr.Framing;

/// <summary>What one byte did to a <see cref="FrameReceiver"/>.</summary>
public enum ReceiveStep
{
    /// <summary>Taken into the frame being read (or a frame began).</summary>
    Taken,

    /// <summary>A byte outside any frame that is not a control byte: ignored.</summary>
    Noise,

    /// <summary>An ACK outside a frame: the peer took our frame.</summary>
    Ack,

    /// <summary>A NAK outside a frame: the peer refused our frame.</summary>
    Nak,

    /// <summary>A whole, correct frame: <see cref="FrameReceiver.Body"/> holds its text. Answer ACK.</summary>
    Frame,

    /// <summary>A frame that is not right (<see cref="FrameReceiver.Problem"/> says why), dropped. Answer NAK.</summary>
    Refused,
}

/// <summary>
/// Reads frames byte by byte, however the bytes are split. A frame is delivered when its LEN is
/// four digits (1–9999), its ETX is where LEN says, its LRC is right and its body is UTF-8;
/// anything else refuses the frame. A refused frame's wrong byte is read again as if outside a
/// frame, so an STX there starts the next frame at once. No clock: the link drops a stalled frame
/// through <see cref="Abandon"/>.
/// </summary>
public sealed class FrameReceiver
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _frame = new byte[EcrFrame.MaxBodyLength + EcrFrame.Overhead];
    private int _count; // bytes of the frame so far, STX included; 0 outside a frame
    private int _bodyLength;

    /// <summary>Whether a frame has begun and is not complete.</summary>
    public bool InFrame => _count > 0;

    /// <summary>The body of the frame the last <see cref="ReceiveStep.Frame"/> delivered.</summary>
    public string Body { get; private set; } = "";

    /// <summary>Why the last <see cref="ReceiveStep.Refused"/> frame was refused.</summary>
    public string Problem { get; private set; } = "";

    public ReceiveStep Take(byte b)
    {
        if (_count == 0)
            return Outside(b);
        if (_count < 5)
        {
            if (!char.IsAsciiDigit((char)b))
                return Refuse(b, $"LEN byte {_count} is 0x{b:X2}, not a digit");
            _frame[_count++] = b;
            if (_count == 5)
            {
                _bodyLength = int.Parse(Encoding.ASCII.GetString(_frame, 1, 4), System.Globalization.CultureInfo.InvariantCulture);
                if (_bodyLength == 0)
                    return Refuse(null, "LEN is 0000");
            }
            return ReceiveStep.Taken;
        }
        if (_count < 5 + _bodyLength)
        {
            _frame[_count++] = b;
            return ReceiveStep.Taken;
        }
        if (_count == 5 + _bodyLength)
        {
            if (b != EcrControl.Etx)
                return Refuse(b, $"0x{b:X2} where ETX should be, after {_bodyLength} bytes of body");
            _frame[_count++] = b;
            return ReceiveStep.Taken;
        }
        return Check(b);
    }

    /// <summary>Drops the frame being read (it stalled, or the connection changed).</summary>
    public void Abandon()
    {
        Array.Clear(_frame, 0, _count);
        _count = 0;
    }

    private ReceiveStep Outside(byte b)
    {
        switch (b)
        {
            case EcrControl.Stx:
                _frame[0] = b;
                _count = 1;
                return ReceiveStep.Taken;
            case EcrControl.Ack:
                return ReceiveStep.Ack;
            case EcrControl.Nak:
                return ReceiveStep.Nak;
            default:
                return ReceiveStep.Noise;
        }
    }

    private ReceiveStep Check(byte lrc)
    {
        var expected = EcrFrame.Lrc(_frame.AsSpan(1, _count - 1));
        if (lrc != expected)
            return Refuse(null, $"LRC is 0x{lrc:X2}, the bytes give 0x{expected:X2}");
        try
        {
            Body = StrictUtf8.GetString(_frame, 5, _bodyLength);
        }
        catch (DecoderFallbackException)
        {
            return Refuse(null, "the body is not UTF-8");
        }
        Abandon();
        return ReceiveStep.Frame;
    }

    /// <summary>Drops the frame; the byte that broke it (if any) is read again outside a frame, so only an STX there counts.</summary>
    private ReceiveStep Refuse(byte? culprit, string problem)
    {
        Problem = problem;
        Abandon();
        if (culprit == EcrControl.Stx)
        {
            _frame[0] = EcrControl.Stx;
            _count = 1;
        }
        return ReceiveStep.Refused;
    }
}
