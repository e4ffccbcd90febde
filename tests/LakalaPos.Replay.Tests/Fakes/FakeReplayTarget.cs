using LakalaPos.Core.Ecr;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Journal;
using LakalaPos.Replay.Running;

namespace LakalaPos.Replay.Tests.Fakes;

/// <summary>
/// A scripted stand-in for the terminal: records every call as a readable line ("key ENTER",
/// "swipe debit") and lets a test react to calls (print, send to host, change the screen) or throw.
/// </summary>
public sealed class FakeReplayTarget : IReplayTarget
{
    private readonly List<string> calls = [];
    private readonly Dictionary<string, Action<FakeReplayTarget>> reactions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Exception> failures = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Calls => calls;
    public bool Disposed { get; private set; }

    public List<string> Screen { get; set; } = [];
    public List<string> Printed { get; } = [];
    public List<HostMessageSeen> Host { get; } = [];
    public List<TransactionRecord> Journal { get; } = [];
    public List<string> Log { get; } = [];

    /// <summary>Runs when a call with exactly this text happens (after it is recorded).</summary>
    public FakeReplayTarget On(string call, Action<FakeReplayTarget> reaction)
    {
        reactions[call] = reaction;
        return this;
    }

    /// <summary>Throws when a call with exactly this text happens.</summary>
    public FakeReplayTarget Throw(string call, Exception exception)
    {
        failures[call] = exception;
        return this;
    }

    public Exception? ThrowOnDispose { get; set; }
    public Exception? ThrowOnScreen { get; set; }

    public void ShowScreen(params string[] rows) => Screen = [.. rows];

    public void Send(string mti, params (string Field, string Value)[] fields) =>
        Host.Add(new HostMessageSeen(mti, fields.ToDictionary(f => f.Field, f => f.Value)));

    public void UseProfile(string name) => Record($"profile {name}");
    public void Boot() => Record("boot");
    public void SetClock(DateTimeOffset localTime)
    {
        Record($"clock {localTime:yyyy-MM-dd HH:mm:ss zzz}");
        WallClock = localTime;
    }

    /// <summary>Starts where a real replay terminal starts; set by clock, moved by wait.</summary>
    public DateTimeOffset WallClock { get; private set; } = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    public void SetParameter(string name, string value) => Record($"param {name}={value}");
    public void PressKey(Key key) => Record($"key {key.Name()}");
    public void PresentCard(string cardName, CardAction action) => Record($"{action.ToString().ToLowerInvariant()} {cardName}");
    public void FailCardRead() => Record("bad-swipe");

    /// <summary>Recorded as "ecr sale A1 R0001 可乐x2@350"; a reaction may set <see cref="EcrAnswer"/>.</summary>
    public void AskEcr(EcrRequest request)
    {
        EcrAnswer = null;
        Record($"ecr {request.Kind.ToString().ToLowerInvariant()} {request.OrderNo} {request.RequestId}{string.Concat(request.Items.Select(i => $" {i.Name}x{i.Quantity}@{i.UnitPriceFen}"))}");
    }

    public IReadOnlyDictionary<string, string>? EcrAnswer { get; set; }
    public void RemoveCard() => Record("remove");
    public void Advance(TimeSpan duration)
    {
        Record($"wait {duration.TotalMilliseconds}ms");
        WallClock += duration;
    }

    public void PowerCycle() => Record("power-cycle");
    public void SetPaper(bool present) => Record(present ? "paper in" : "paper out");
    public void QueueHostRule(string rule, IReadOnlyList<string> arguments)
    {
        HostRuleArguments = arguments;
        Record($"host next {string.Join(" ", arguments.Prepend(rule))}");
    }

    /// <summary>The arguments of the last host rule, as the target received them.</summary>
    public IReadOnlyList<string> HostRuleArguments { get; private set; } = [];
    public void SetHostOnline(bool online) => Record(online ? "host online" : "host offline");
    public void SetHostRefundDays(int days) => Record($"host refundDays {days}");
    public void SetHostMerchantBalance(long fen) => Record($"host merchantBalance {fen}");

    public IReadOnlyList<string> ScreenRows => ThrowOnScreen is { } e ? throw e : Screen;

    public (int Columns, int Rows) ScreenSize => (32, 8);
    public IReadOnlyList<string> PrintedReceipts => Printed;
    public IReadOnlyList<HostMessageSeen> HostReceived => Host;
    public IReadOnlyList<string> RecentLog => Log;

    public TransactionRecord? FindTransaction(int voucher) => Journal.LastOrDefault(t => t.Voucher == voucher);
    public TransactionRecord? LastTransaction() => Journal.LastOrDefault();

    public void Dispose()
    {
        Disposed = true;
        if (ThrowOnDispose is { } e)
            throw e;
    }

    private void Record(string call)
    {
        calls.Add(call);
        if (failures.TryGetValue(call, out var exception))
            throw exception;
        if (reactions.TryGetValue(call, out var reaction))
            reaction(this);
    }
}
