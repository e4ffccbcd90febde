namespace LakalaPos.Replay.Running;

/// <summary>
/// Where the current window starts in the target's lists of printed receipts and host messages.
/// It opens at the start of the script and again at each <c>mark</c>; checks never close it.
/// </summary>
internal readonly record struct ObservationWindow(int PrintedFrom, int HostFrom)
{
    public static ObservationWindow OpenNow(IReplayTarget target) =>
        new(target.PrintedReceipts.Count, target.HostReceived.Count);

    public IReadOnlyList<string> Receipts(IReplayTarget target) => target.PrintedReceipts.Skip(PrintedFrom).ToList();

    public IReadOnlyList<HostMessageSeen> HostMessages(IReplayTarget target) => target.HostReceived.Skip(HostFrom).ToList();
}
