namespace LakalaPos.Devices.Serial.EscPos;

/// <summary>
/// The printer's answer to DLE EOT 4 (paper roll sensor): one byte 0xx1xx10 in binary; bits 2-3
/// say the paper is near its end, bits 5-6 that it has run out. Anything else is not an answer.
/// </summary>
public static class PaperStatus
{
    private const byte FixedMask = 0x93;
    private const byte FixedBits = 0x12;
    private const byte PaperEnd = 0x60;

    public static bool TryRead(byte answer, out bool hasPaper)
    {
        hasPaper = (answer & PaperEnd) == 0;
        return (answer & FixedMask) == FixedBits;
    }

    /// <summary>What a printer answers: 0x12 with paper, 0x72 without.</summary>
    public static byte Answer(bool hasPaper) => hasPaper ? FixedBits : (byte)(FixedBits | PaperEnd);
}
