using LakalaPos.HostSimulator.Crypto;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Observability;
using LakalaPos.HostSimulator.Processing;
using LakalaPos.HostSimulator.Rules;
using LakalaPos.HostSimulator.Server;
using LakalaPos.HostSimulator.Wire;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Iso8583.Framing;
using Serilog;

namespace LakalaPos.HostSimulator;

/// <summary>
/// A UnionPay-style acquirer host for tests, replays and demos: signs terminals in, checks
/// cards, PINs, MACs and balances, books approvals in a ledger, and obeys queued rules.
/// Handle never throws: bytes that are not a message are recorded and get no answer.
/// Thread-safe; <see cref="MessageReceived"/> handlers run under the simulator's lock and must not call back into it.
/// The lock covers only the decision (in memory, or the store's statements): the MAC of the answer,
/// logging and, with <see cref="HandleAsync"/>, the wait for the group commit happen outside it.
/// </summary>
public sealed class AcquirerSimulator : IConcurrentHostEndpoint
{
    private readonly object _gate = new();
    private readonly Queue<HostRule> _rules = new();
    private readonly Queue<ReceivedMessage> _received = new();
    private int _receivedTotal;
    private readonly HostServices _services;
    private readonly HostProcessor _processor;
    private readonly WireEdge _wire;
    private bool _online = true;

    public AcquirerSimulator(
        SimulatorSettings? settings = null,
        TimeProvider? clock = null,
        ILogger? logger = null,
        IHostStore? store = null,
        IHostCrypto? crypto = null)
    {
        Settings = settings ?? new SimulatorSettings();
        Store = store ?? new InMemoryHostStore();
        var log = (logger ?? Serilog.Core.Logger.None).ForContext<AcquirerSimulator>();
        _services = new HostServices(Settings, Store, crypto ?? new UnionPayHostCrypto(), clock ?? TimeProvider.System, log);
        _processor = new HostProcessor(_services);
        _wire = new WireEdge(_services.Crypto, Store);
        OpenAccounts();
    }

    public SimulatorSettings Settings { get; }

    /// <summary>The host's memory: accounts, sessions, the ledger.</summary>
    public IHostStore Store { get; }

    /// <summary>Replay: host online / host offline. Offline, connections are refused and nothing reaches the host.</summary>
    public bool Online
    {
        get { lock (_gate) return _online; }
        set { lock (_gate) _online = value; }
    }

    public bool AcceptsConnections => Online;

    /// <summary>Replay: host refundDays N.</summary>
    public int RefundDays
    {
        get { lock (_gate) return Settings.RefundDays; }
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(RefundDays));
            lock (_gate) Settings.RefundDays = value;
        }
    }

    /// <summary>Replay: host merchantBalance AMOUNT (in fen here).</summary>
    public long MerchantBalanceFen
    {
        get { lock (_gate) return Settings.MerchantBalanceFen; }
        set { lock (_gate) Settings.MerchantBalanceFen = value; }
    }

    /// <summary>
    /// The latest messages that reached the host, oldest first (a snapshot): at most
    /// <see cref="SimulatorSettings.ReceivedHistory"/>, older ones are forgotten. Their
    /// <see cref="ReceivedMessage.Sequence"/> numbers count every message since the start.
    /// </summary>
    public IReadOnlyList<ReceivedMessage> Received
    {
        get { lock (_gate) return _received.ToArray(); }
    }

    /// <summary>Messages that reached the host since the start, forgotten ones included (the last Sequence number).</summary>
    public int ReceivedCount
    {
        get { lock (_gate) return _receivedTotal; }
    }

    /// <summary>Raised for each message as it arrives, before the host answers it.</summary>
    public event EventHandler<ReceivedMessage>? MessageReceived;

    public int QueuedRuleCount
    {
        get { lock (_gate) return _rules.Count; }
    }

    /// <summary>Queues a rule by its script text (replay: host next RULE ARGS); throws <see cref="HostRuleException"/> naming what is wrong.</summary>
    public void QueueRule(string rule, IReadOnlyList<string> arguments) => QueueRule(HostRuleParser.Parse(rule, arguments));

    public void QueueRule(HostRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate) _rules.Enqueue(rule);
    }

    /// <summary>
    /// The decision on a decoded request, as <see cref="Handle"/> makes it, using up the next queued
    /// rule. <paramref name="mac"/> says what the request's field 64 proved. Not recorded in <see cref="Received"/>.
    /// </summary>
    public HostDecision Decide(Iso8583Message request, RequestMac mac = RequestMac.Absent)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate) return Store.Atomically(() => _processor.Decide(request, mac, NextRule()));
    }

    /// <summary>Answers one request; a durable store has committed its work before this returns.</summary>
    public HostReply Handle(byte[] requestBody)
    {
        var (decision, early) = DecideOn(requestBody ?? [], grouped: false);
        return decision is null ? early : Reply(decision);
    }

    /// <summary>
    /// As <see cref="Handle"/>, for many clients at once: the decision is taken under the lock, the
    /// answer is made outside it and given only once the store has the request's work on disk (group
    /// commit). A failed commit is a host failure: no answer (the terminal times out and reverses).
    /// </summary>
    public async ValueTask<HostReply> HandleAsync(byte[] requestBody)
    {
        var body = requestBody ?? [];
        var (decision, early) = DecideOn(body, grouped: true, out var committed);
        if (decision is null)
            return early;
        try
        {
            await committed.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _services.Log.Error(ex, "Host store failed to keep a {Length}-byte message's work; no answer sent", body.Length);
            return new HostReply.Silence();
        }
        return Reply(decision);
    }

    private (HostDecision? Decision, HostReply Reply) DecideOn(byte[] body, bool grouped) =>
        DecideOn(body, grouped, out _);

    /// <summary>The decision (null when the reply is already known: offline, unreadable, a failure) and the task of its durability.</summary>
    private (HostDecision? Decision, HostReply Reply) DecideOn(byte[] body, bool grouped, out Task committed)
    {
        committed = Task.CompletedTask;
        lock (_gate)
        {
            if (!_online)
            {
                _services.Log.Warning("Offline: {Length} bytes refused", body.Length);
                return (null, new HostReply.Drop());
            }
            try
            {
                var entry = Record(body);
                var rule = NextRule();
                if (entry.Message is not { } request)
                    return (null, AnswerUnreadable(rule));
                // One request, one unit in the store: a fault half-way leaves a durable store as it was.
                HostDecision Decide() => _processor.Decide(request, _wire.CheckMac(body, request), rule);
                if (!grouped)
                    return (Store.Atomically(Decide), new HostReply.Silence());
                var (decision, durable) = Store.AtomicallyDeferred(Decide);
                committed = durable;
                return (decision, new HostReply.Silence());
            }
            catch (Exception ex)
            {
                // A simulator fault must look like a silent host to the terminal, never crash its transport.
                _services.Log.Error(ex, "Host failed on a {Length}-byte message; no answer sent", body.Length);
                return (null, new HostReply.Silence());
            }
        }
    }

    /// <summary>The reply's bytes (the answer's MAC computed here, outside the lock).</summary>
    private HostReply Reply(HostDecision decision)
    {
        try
        {
            var reply = _wire.Render(decision);
            if (reply is HostReply.Answer answer && decision is HostDecision.Respond respond && _services.Log.IsEnabled(Serilog.Events.LogEventLevel.Debug))
                _services.Log.Debug("Sent {Mti}: {Hex}", respond.Answer.Mti, SafeHex.Masked(answer.Body, respond.Answer));
            return reply;
        }
        catch (Exception ex)
        {
            _services.Log.Error(ex, "Host failed to render its answer; no answer sent");
            return new HostReply.Silence();
        }
    }

    private ReceivedMessage Record(byte[] body)
    {
        var raw = (byte[])body.Clone();
        Iso8583Message? message = null;
        string? error = null;
        try
        {
            message = Iso8583Codec.Decode(raw);
        }
        catch (Exception ex)
        {
            error = ex.Message;
        }
        var entry = new ReceivedMessage(++_receivedTotal, _services.Clock.GetLocalNow(), raw, message, error);
        // A long-running host must not keep every message: the history is a ring.
        if (_received.Count >= Settings.ReceivedHistory)
            _received.Dequeue();
        _received.Enqueue(entry);
        if (message is null)
            _services.Log.Warning("Received bytes that are not a message ({Error}): {Bytes}", error, SafeHex.Undecodable(raw));
        else if (_services.Log.IsEnabled(Serilog.Events.LogEventLevel.Debug))
            _services.Log.Debug("Received {Mti}: {Hex}", message.Mti, SafeHex.Masked(raw, message));
        RaiseReceived(entry);
        return entry;
    }

    private void RaiseReceived(ReceivedMessage entry)
    {
        try
        {
            MessageReceived?.Invoke(this, entry);
        }
        catch (Exception ex)
        {
            _services.Log.Error(ex, "A MessageReceived handler failed on message #{Sequence}", entry.Sequence);
        }
    }

    /// <summary>
    /// Bytes that did not decode: the host cannot know the trace or terminal to answer to, so it
    /// stays silent (the terminal times out and reverses). The queued rule is used up; drop and
    /// garbage still act, as they need no request.
    /// </summary>
    private HostReply AnswerUnreadable(HostRule? rule) => rule switch
    {
        HostRule.Drop => new HostReply.Drop(),
        HostRule.Garbage => new HostReply.Answer(GarbageBytes.Create()),
        _ => new HostReply.Silence(),
    };

    private HostRule? NextRule() => _rules.TryDequeue(out var rule) ? rule : null;

    private void OpenAccounts() => Store.Atomically(() =>
    {
        foreach (var card in Settings.Cards)
        {
            if (Store.AvailableFen(card.Pan) is null)
                Store.SetAvailableFen(card.Pan, card.OpeningFen);
        }
        return 0;
    });
}
