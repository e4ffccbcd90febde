using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Cards;

namespace LakalaPos.Emulator.Web.Board;

/// <summary>
/// What the browser shows of one terminal: the LCD, the paper, the card slot, the host panel, the
/// register panel and the log strip. The browser drivers write to it from the engine's thread, the log from any
/// thread; every page connected reads it (the whole board when it connects, then each change),
/// so several tabs always show the same terminal. Thread-safe.
/// </summary>
public sealed class EmulatorBoard
{
    public const int ReceiptsKept = 20;
    public const int LogLinesKept = 50;

    private readonly object _gate = new();
    private readonly TimeProvider _clock;
    private readonly TimeZoneInfo _timeZone;
    private readonly List<BoardSubscription> _subscribers = [];
    private readonly Queue<ReceiptState> _receipts = new();
    private readonly Queue<string> _log = new();
    private ScreenState _screen = new(0, 0, []);
    private int _paperColumns;
    private bool _hasPaper = true;
    private int _printed;
    private string? _inserted;
    private string? _lastCard;
    private HostState _host = new(false, "no host panel", false, 0, null, [], null);
    private RegisterState _register = new(false, "no register link", null, null, null, [], null);

    /// <param name="timeZone">The terminal's time zone, for the page's clock (default: the clock's local zone).</param>
    public EmulatorBoard(string profile, TimeZoneInfo? timeZone = null, TimeProvider? clock = null)
    {
        Profile = profile;
        _clock = clock ?? TimeProvider.System;
        _timeZone = timeZone ?? _clock.LocalTimeZone;
    }

    /// <summary>The hardware profile the terminal runs on.</summary>
    public string Profile { get; }

    public static IReadOnlyList<CardInfo> Cards { get; } =
        [.. TestCards.All.Select(card => new CardInfo(card.Name, Core.Security.PanMask.Mask(card.Pan), [.. card.Reads.Select(ModeName)]))];

    public static string ModeName(EntryMode mode) => mode.ToString().ToLowerInvariant();

    public void ShowScreen(int columns, int height, IReadOnlyList<string> rows) =>
        Change(() => _screen = new ScreenState(columns, height, TextRuns.OfRows(rows)), "screen", () => _screen, EmulatorJson.Web.ScreenState);

    /// <summary>A printer of that width is fitted, with paper.</summary>
    public void FitPrinter(int columns) => Change(() =>
    {
        _paperColumns = columns;
        _hasPaper = true;
    }, "paper", Paper, EmulatorJson.Web.PaperState);

    public void SetPaper(bool present) => Change(() => _hasPaper = present, "paper", Paper, EmulatorJson.Web.PaperState);

    /// <summary>A receipt came out; only the latest <see cref="ReceiptsKept"/> stay on the paper.</summary>
    public void Print(IReadOnlyList<string> rows) => Change(() =>
    {
        _receipts.Enqueue(new ReceiptState(++_printed, TextRuns.OfRows(rows)));
        while (_receipts.Count > ReceiptsKept)
            _receipts.Dequeue();
    }, "paper", Paper, EmulatorJson.Web.PaperState);

    /// <summary>The printed receipts are torn off (the paper stays loaded).</summary>
    public void TearOff() => Change(_receipts.Clear, "paper", Paper, EmulatorJson.Web.PaperState);

    /// <summary>The card slot: the card inside now (null: none) and what just happened, for a person to read.</summary>
    public void SetSlot(string? inserted, string last) => Change(() =>
    {
        _inserted = inserted;
        _lastCard = last;
    }, "slot", Slot, EmulatorJson.Web.CardSlotState);

    public void SetHost(HostState host) => Change(() => _host = host, "host", () => _host, EmulatorJson.Web.HostState);

    public void SetRegister(RegisterState register) => Change(() => _register = register, "register", () => _register, EmulatorJson.Web.RegisterState);

    /// <summary>A line for the log strip; only the latest <see cref="LogLinesKept"/> are kept.</summary>
    public void AddLog(string line) => Change(() =>
    {
        _log.Enqueue(line);
        while (_log.Count > LogLinesKept)
            _log.Dequeue();
    }, "log", () => _log.ToList(), EmulatorJson.Web.IReadOnlyListString);

    public EmulatorSnapshot Snapshot()
    {
        lock (_gate)
            return SnapshotLocked();
    }

    /// <summary>A feed for one page: the whole board as its first event ("state"), then every change.</summary>
    public BoardSubscription Subscribe()
    {
        var subscription = new BoardSubscription(this);
        lock (_gate)
        {
            subscription.Offer(new ServerEvent("state", JsonSerializer.Serialize(SnapshotLocked(), EmulatorJson.Web.EmulatorSnapshot)));
            _subscribers.Add(subscription);
        }
        return subscription;
    }

    /// <summary>Ends every page's feed (the emulator is stopping).</summary>
    public void EndFeeds()
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
                subscriber.End();
            _subscribers.Clear();
        }
    }

    internal void Unsubscribe(BoardSubscription subscription)
    {
        lock (_gate)
            _subscribers.Remove(subscription);
    }

    private EmulatorSnapshot SnapshotLocked()
    {
        var now = _clock.GetUtcNow();
        var offset = _timeZone.GetUtcOffset(now);
        return new EmulatorSnapshot(Profile, new ClockState(now.ToUnixTimeMilliseconds(), (int)offset.TotalMinutes),
            _screen, Paper(), Slot(), _host, _register, _log.ToList());
    }

    private PaperState Paper() => new(_paperColumns, _paperColumns > 32 ? "80mm" : "58mm", _hasPaper, _receipts.ToList());

    private CardSlotState Slot() => new(_inserted, _lastCard, Cards);

    /// <summary>Applies a change and sends the part it changed to every page, in one step, so no page misses or doubles it.</summary>
    private void Change<T>(Action apply, string name, Func<T> part, JsonTypeInfo<T> json)
    {
        lock (_gate)
        {
            apply();
            if (_subscribers.Count == 0)
                return;
            var change = new ServerEvent(name, JsonSerializer.Serialize(part(), json));
            _subscribers.RemoveAll(subscriber => !subscriber.Offer(change));
        }
    }
}
