using System.Threading.Channels;

namespace LakalaPos.Emulator.Web.Board;

/// <summary>A server-sent event: its name (state, screen, paper, slot, host, log) and its JSON data.</summary>
public sealed record ServerEvent(string Name, string Data);

/// <summary>
/// One page's feed of changes: the whole board first, then each change in order. A page that falls
/// too far behind is ended rather than slowing the terminal; it connects again and gets the whole board.
/// </summary>
public sealed class BoardSubscription : IDisposable
{
    public const int Capacity = 512;

    private readonly EmulatorBoard _board;
    private readonly Channel<ServerEvent> _events = Channel.CreateBounded<ServerEvent>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    internal BoardSubscription(EmulatorBoard board) => _board = board;

    public ChannelReader<ServerEvent> Events => _events.Reader;

    /// <summary>Queues an event; false (and the feed is ended) when the page is too far behind.</summary>
    internal bool Offer(ServerEvent change)
    {
        if (_events.Writer.TryWrite(change))
            return true;
        End();
        return false;
    }

    internal void End() => _events.Writer.TryComplete();

    public void Dispose()
    {
        End();
        _board.Unsubscribe(this);
    }
}
