using LakalaPos.Iso8583.Framing;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Core.Host;
using LakalaPos.Core.Security;
using LakalaPos.Protocol.Mapping;
using LakalaPos.Iso8583.Fields;
using LakalaPos.Iso8583.Security;
using Serilog;

namespace LakalaPos.Protocol.Links;

/// <summary>
/// The terminal's host link: maps requests to ISO 8583, MACs them once the session has keys,
/// sends them over an <see cref="IFrameTransport"/>, checks and maps the answers. It keeps the
/// session (working keys from the last approved sign-in) and one request in flight at a time.
/// It never throws into the core: whatever goes wrong becomes an outcome with a Detail.
/// </summary>
public sealed class Iso8583HostLink : IHostLink
{
    private readonly IFrameTransport _transport;
    private readonly HostLinkSettings _settings;
    private readonly ITerminalCrypto _crypto;
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    private InFlight? _inFlight;
    private WorkingKeys? _keys;
    private byte[] _tpdu;
    private long _lastExchangeId;

    public Iso8583HostLink(IFrameTransport transport, HostLinkSettings settings, ILogger logger, ITerminalCrypto? crypto = null)
    {
        _transport = transport;
        _settings = settings;
        _tpdu = (byte[])settings.Tpdu.Clone();
        _crypto = crypto ?? UnionPayTerminalCrypto.Instance;
        _log = logger.ForContext<Iso8583HostLink>();
        _transport.Event += OnTransportEvent;
    }

    /// <summary>A link that reaches <paramref name="host"/> in memory (replays, tests, the emulator with a built-in host).</summary>
    public static Iso8583HostLink InMemory(IHostEndpoint host, HostLinkSettings settings, ILogger logger, ITerminalCrypto? crypto = null) =>
        new(new InMemoryTransport(host), settings, logger, crypto);

    public event EventHandler<HostLinkResult>? Completed;

    /// <summary>True after an approved sign-in delivered working keys: requests are MACed and PINs can be sent.</summary>
    public bool HasWorkingKeys
    {
        get { lock (_gate) return _keys is not null; }
    }

    public bool IsReachable() => _transport.IsReachable();

    /// <summary>The TPDU requests carry: the settings' until <see cref="UseTpdu"/>.</summary>
    public byte[] Tpdu
    {
        get { lock (_gate) return (byte[])_tpdu.Clone(); }
    }

    /// <summary>
    /// The next request formed carries <paramref name="tpdu"/> (5 bytes: 60 + destination + source);
    /// a request in flight keeps the one it went with (its answer is checked against what was sent).
    /// </summary>
    public void UseTpdu(byte[] tpdu)
    {
        if (tpdu is not { Length: 5 } || tpdu[0] != 0x60)
            throw new ArgumentException("a TPDU is 5 bytes starting 60", nameof(tpdu));
        lock (_gate)
            _tpdu = (byte[])tpdu.Clone();
    }

    public void Send(HostRequest request)
    {
        var (exchange, body, refusal) = Start(request);
        if (refusal is not null)
        {
            Report(refusal);
            return;
        }
        _log.Information("Host request {Mti} trace {Trace} pan {Pan} mac {Macked}",
            exchange!.Sent.Mti, exchange.Sent.GetText(11), MaskedPan(exchange.Sent), exchange.MacKey is not null);
        try
        {
            _transport.Send(exchange.Id, body!);
        }
        catch (Exception e)
        {
            OnTransportEvent(this, new TransportEvent.NotConnected(exchange.Id, $"transport failed: {e.GetType().Name}"));
        }
    }

    /// <summary>Forms the message and marks it in flight, or says why it cannot leave.</summary>
    private (InFlight? Exchange, byte[]? Body, HostLinkResult? Refusal) Start(HostRequest request)
    {
        lock (_gate)
        {
            if (_inFlight is { } busy)
                return (null, null, new HostLinkResult(request, HostLinkOutcome.NotConnected, null,
                    $"not sent: {busy.Request.Kind} trace {busy.Request.Trace} is still in flight"));
            var formed = Form(request, _keys, _tpdu);
            if (formed.Error is { } error)
            {
                _log.Warning("Host request {Kind} trace {Trace} not sent: {Reason}", request.Kind, request.Trace, error);
                return (null, null, new HostLinkResult(request, HostLinkOutcome.NotConnected, null, $"not sent: {error}"));
            }
            _inFlight = new InFlight(++_lastExchangeId, request, formed.Message!, formed.MacKey);
            return (_inFlight, formed.Body, null);
        }
    }

    public void Abandon(HostRequest request)
    {
        long exchangeId;
        lock (_gate)
        {
            if (_inFlight is not { } current || !(ReferenceEquals(current.Request, request) || current.Request.Equals(request)))
                return;
            exchangeId = current.Id;
            _inFlight = null;
        }
        _log.Information("Host request {Kind} trace {Trace} abandoned; a late answer will be ignored", request.Kind, request.Trace);
        try
        {
            _transport.Abandon(exchangeId);
        }
        catch (Exception e)
        {
            _log.Warning("Transport failed to abandon exchange {Exchange} ({Error})", exchangeId, e.GetType().Name);
        }
    }

    private Formed Form(HostRequest request, WorkingKeys? keys, byte[] tpdu)
    {
        try
        {
            PinBlockEncryptor? encryptPin = keys is null ? null : (pin, pan) => _crypto.EncryptPin(pin, pan, keys.PinKey);
            var message = HostRequestMapper.ToMessage(request, tpdu, encryptPin);
            var macKey = keys is not null && MessageCodes.IsMacked(message.Mti) ? keys.MacKey : null;
            var body = macKey is null
                ? Iso8583Codec.Encode(message)
                : Iso8583Codec.EncodeWithMac(message, data => _crypto.ComputeMac(data, macKey));
            return new Formed(message, body, macKey, null);
        }
        catch (Exception e) when (e is HostRequestMappingException or Iso8583FormatException or Iso8583FieldException)
        {
            return new Formed(null, null, null, e.Message);
        }
        catch (Exception e)
        {
            // The crypto failed (a missing implementation, a bad key): its text may not be safe to show.
            return new Formed(null, null, null, $"the request could not be secured ({e.GetType().Name})");
        }
    }

    private void OnTransportEvent(object? sender, TransportEvent e)
    {
        InFlight exchange;
        lock (_gate)
        {
            if (_inFlight is not { } current || current.Id != e.ExchangeId)
            {
                _log.Information("Host {Event} for exchange {Exchange} ignored: no longer awaited", e.GetType().Name, e.ExchangeId);
                return;
            }
            exchange = current;
            _inFlight = null;
        }

        var result = e switch
        {
            TransportEvent.Answer answer => Interpret(exchange, answer.Body),
            TransportEvent.ConnectionLost lost => new HostLinkResult(exchange.Request, HostLinkOutcome.ConnectionLost, null, lost.Detail),
            TransportEvent.NotConnected refused => new HostLinkResult(exchange.Request, HostLinkOutcome.NotConnected, null, refused.Detail),
            _ => new HostLinkResult(exchange.Request, HostLinkOutcome.Malformed, null, "unknown transport event"),
        };
        _log.Information("Host result {Outcome} for {Mti} trace {Trace}: code {Code} {Detail}",
            result.Outcome, exchange.Sent.Mti, exchange.Sent.GetText(11), result.Response?.ResponseCode, result.Detail);
        Report(result);
    }

    private HostLinkResult Interpret(InFlight exchange, byte[] body)
    {
        var checker = new AnswerChecker(_crypto, _settings);
        var (result, answer, outOfStep, ignored) = checker.Check(exchange.Request, exchange.Sent, exchange.MacKey, body);
        if (result.Outcome == HostLinkOutcome.Malformed)
            _log.Warning("Host answer to {Mti} trace {Trace} refused: {Reason}; bytes {Hex}",
                exchange.Sent.Mti, exchange.Sent.GetText(11), result.Detail, answer is null ? SafeHex.Undecodable(body) : LoggedBytes(body, answer, exchange.Sent));
        foreach (var field in ignored)
            _log.Warning("Host answer to {Mti} trace {Trace}: {Field}; left out, the answer stands", exchange.Sent.Mti, exchange.Sent.GetText(11), field);
        if (outOfStep)
            AbandonConnection(exchange);
        if (answer is not null)
            result = UpdateSession(exchange, answer.Message, result);
        return result;
    }

    /// <summary>
    /// A refused answer that decoded, masked by field. The request's own card number is masked too
    /// wherever it shows: a frame that decoded out of step may hold it in a field that is not 2.
    /// </summary>
    private static string LoggedBytes(byte[] body, DecodedMessage answer, Iso8583Message sent)
    {
        var hex = SafeHex.Masked(body, answer);
        return sent.GetText(2) is { Length: > 0 } pan ? hex.Replace(pan, Core.Security.PanMask.Mask(pan), StringComparison.Ordinal) : hex;
    }

    /// <summary>
    /// The frame was not this request's answer: an extra or stale one. Whatever follows it on
    /// that connection may be out of step too (the real answer, the next stale one), so the
    /// connection goes and the next request starts on a new one.
    /// </summary>
    private void AbandonConnection(InFlight exchange)
    {
        _log.Warning("Host connection of {Mti} trace {Trace} given up: the answer was not this request's, later frames on it cannot be trusted",
            exchange.Sent.Mti, exchange.Sent.GetText(11));
        try
        {
            _transport.Abandon(exchange.Id);
        }
        catch (Exception e)
        {
            _log.Warning("Transport failed to abandon exchange {Exchange} ({Error})", exchange.Id, e.GetType().Name);
        }
    }

    /// <summary>
    /// An answer to a sign-in replaces the session: approved with a valid field 62 → new keys;
    /// anything else → no keys. An approved sign-out ends the session.
    /// </summary>
    private HostLinkResult UpdateSession(InFlight exchange, Iso8583Message answer, HostLinkResult result)
    {
        var kind = exchange.Request.Kind;
        var approved = result.Outcome == HostLinkOutcome.Answered && result.Response!.Approved;
        if (kind == HostMessageKind.SignOut && approved)
            SetKeys(null);
        if (kind != HostMessageKind.SignIn || result.Outcome != HostLinkOutcome.Answered)
            return result;
        if (!approved)
        {
            SetKeys(null);
            return result;
        }
        if (answer.GetBinary(62) is not { } field62)
        {
            SetKeys(null);
            _log.Warning("Sign-in approved without working keys: requests go without MAC and PINs cannot be sent");
            return result;
        }
        try
        {
            SetKeys(_crypto.UnpackWorkingKeys(field62, _settings.MasterKey));
            _log.Information("Sign-in: working keys loaded");
            return result;
        }
        catch (Exception e)
        {
            SetKeys(null);
            _log.Warning("Sign-in answer field 62 rejected ({Error})", e.GetType().Name);
            return result with { Outcome = HostLinkOutcome.Malformed, Detail = "sign-in answer field 62: working keys rejected (length or check value)" };
        }
    }

    private void SetKeys(WorkingKeys? keys)
    {
        lock (_gate)
            _keys = keys;
    }

    private void Report(HostLinkResult result) => Completed?.Invoke(this, result);

    private static string? MaskedPan(Iso8583Message message) => message.GetText(2) is { } pan ? Core.Security.PanMask.Mask(pan) : null;

    private sealed record InFlight(long Id, HostRequest Request, Iso8583Message Sent, byte[]? MacKey);

    private sealed record Formed(Iso8583Message? Message, byte[]? Body, byte[]? MacKey, string? Error);
}
