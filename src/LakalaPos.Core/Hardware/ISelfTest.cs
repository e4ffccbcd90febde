namespace LakalaPos.Core.Hardware;

/// <summary>What a device's self-test found.</summary>
public enum DeviceState
{
    /// <summary>Connected and working.</summary>
    Ready,

    /// <summary>A printer that works but has no paper.</summary>
    PaperOut,

    /// <summary>Not there: unplugged, switched off, its port cannot be opened.</summary>
    NotConnected,

    /// <summary>There, but not working (it answered wrongly or not at all).</summary>
    Faulty,
}

/// <summary>A device's self-test result: its state and, for the log, what was found (never card data).</summary>
public sealed record DeviceHealth(DeviceState State, string Detail)
{
    public static DeviceHealth Ready(string detail) => new(DeviceState.Ready, detail);

    /// <summary>A printer that works: ready with paper (<paramref name="printer"/> says which, e.g. "32 columns on the console"), else out of paper.</summary>
    public static DeviceHealth OfPaper(bool hasPaper, string printer) =>
        hasPaper ? Ready($"{printer}, paper loaded") : new(DeviceState.PaperOut, $"{printer}, no paper");

    public bool IsReady => State == DeviceState.Ready;
}

/// <summary>
/// A device that can test itself (UnifiedPOS's health check): the boot's "设备自检" asks every
/// device that has one. It may take a moment (a printer asked for its paper), so the engine calls
/// it as a device call, never on its own thread. A device without a self-test counts as ready
/// when it is there.
/// </summary>
public interface ISelfTest
{
    DeviceHealth CheckHealth();
}
