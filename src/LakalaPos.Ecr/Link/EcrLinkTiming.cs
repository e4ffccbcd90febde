namespace LakalaPos.Ecr.Link;

/// <summary>The link's time-outs and retries (the protocol's values by default).</summary>
public sealed record EcrLinkTiming
{
    public static EcrLinkTiming Default { get; } = new();

    /// <summary>How long a sent frame waits for ACK before it is sent again.</summary>
    public TimeSpan AckTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times a frame is sent again (on NAK or no ACK) before it is given up: 3, so 4 sends in all.</summary>
    public int MaxResends { get; init; } = 3;

    /// <summary>A frame with no byte for this long is dropped and NAKed.</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromMilliseconds(500);
}
