namespace LakalaPos.Ecr.Framing;

/// <summary>The control bytes of the register link.</summary>
public static class EcrControl
{
    /// <summary>Start of a frame.</summary>
    public const byte Stx = 0x02;

    /// <summary>End of a frame's body.</summary>
    public const byte Etx = 0x03;

    /// <summary>A frame was taken (sent alone).</summary>
    public const byte Ack = 0x06;

    /// <summary>A frame was refused: send it again (sent alone).</summary>
    public const byte Nak = 0x15;
}
