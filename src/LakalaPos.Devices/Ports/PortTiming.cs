namespace LakalaPos.Devices.Ports;

/// <summary>How a <see cref="DevicePort"/> paces its reader: read slices, reopen back-off, how long closing may take.</summary>
public sealed record PortTiming
{
    public static PortTiming Default { get; } = new();

    /// <summary>The longest one read waits; also how soon the reader notices it is asked to stop.</summary>
    public TimeSpan ReadSlice { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Wait before the first attempt to reopen a port that went away; it doubles on each failure…</summary>
    public TimeSpan FirstRetry { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>…up to this bound.</summary>
    public TimeSpan MaxRetry { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long closing a port may take before it is left to finish in the background.</summary>
    public TimeSpan CloseWait { get; init; } = TimeSpan.FromSeconds(1);
}
