using System.Diagnostics;
using System.Globalization;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Security;
using LakalaPos.Devices.Cards;
using LakalaPos.Iso8583.Cards;
using LakalaPos.Protocol.Links;
using LakalaPos.Terminal.Cli;
using Serilog.Core;

namespace LakalaPos.Terminal.Fleet;

/// <summary>
/// One terminal of <c>lakalapos fleet</c>: its own terminal number (field 41), its own TCP
/// connection and its own <see cref="Iso8583HostLink"/> — the terminal's request mapping, codec,
/// PIN block, MAC and framing, nothing of its own — and one request at a time: it signs in for
/// working keys, then sends sales, voids and refunds of its own approved sales by the mix, the next
/// once the last is answered or timed out. A sale or void without an answer is reversed (0400, 98;
/// A0 after a bad MAC) before the next request, as the terminal does; three tries, then given up.
/// The link's logger is silent: nothing of a card, PIN or key is written anywhere.
/// </summary>
public sealed class VirtualTerminal : IDisposable
{
    /// <summary>The merchant number every fleet terminal uses (the terminal's default merchantNo).</summary>
    public const string MerchantNo = "898310048990001";

    /// <summary>The first terminal is 90000001, the Nth 90000000 + N.</summary>
    public const int FirstTerminalNo = 90_000_001;

    /// <summary>Sale amounts are 0.01 to this many fen: a long run cannot empty the cards (docs/performance.md).</summary>
    public const int MaxAmountFen = 50;

    private const int MaxReversalTries = 3;
    private const int MaxBookedSales = 1000;
    private static readonly TimeSpan PauseAfterError = TimeSpan.FromMilliseconds(100);

    // The two cards with the most money behind them, read as inserted chip cards with their PINs.
    private static readonly (TestCard Card, string Pin)[] Cards =
        [(TestCards.Find(TestCardTable.Debit.Name), TestCardTable.Debit.Pin), (TestCards.Find(TestCardTable.Credit.Name), TestCardTable.Credit.Pin)];

    private readonly TcpTransport _transport;
    private readonly Iso8583HostLink _link;
    private readonly FleetStatistics _statistics;
    private readonly FleetMix _mix;
    private readonly TimeSpan _timeout;
    private readonly int _batch;
    private readonly Random _random;
    private readonly List<long> _latencies = [];
    private readonly List<BookedSale> _sales = [];
    private Pending? _pending;
    private int _trace;
    private int _atc;
    private bool _signInNeeded = true;
    private HostRequest? _reversal;
    private int _reversalTries;

    public VirtualTerminal(int number, FleetArguments arguments, int batch, FleetStatistics statistics)
    {
        TerminalNo = (FirstTerminalNo - 1 + number).ToString("00000000", CultureInfo.InvariantCulture);
        _statistics = statistics;
        _mix = arguments.Mix;
        _timeout = TimeSpan.FromSeconds(arguments.TimeoutSeconds);
        _batch = batch;
        _random = new Random(unchecked(Environment.TickCount * 31 + number));
        var (host, port) = TcpTransportSettings.SplitAddress(arguments.Host);
        _transport = new TcpTransport(new TcpTransportSettings
        {
            Host = host,
            Port = port,
            ConnectTimeout = _timeout,
            ReachabilityTimeout = _timeout,
            WriteTimeout = _timeout,
            ReadTimeout = _timeout,
        }, Logger.None);
        _link = new Iso8583HostLink(_transport, new HostLinkSettings { MasterKey = HostLinkSettings.TestMasterKey }, Logger.None);
        _link.Completed += OnCompleted;
    }

    /// <summary>Field 41: 90000001, 90000002, ...</summary>
    public string TerminalNo { get; }

    /// <summary>Whether a connection to the host can be made now (it is kept for the first request).</summary>
    public bool CanConnect() => _link.IsReachable();

    /// <summary>Requests until <paramref name="stop"/>; the one in flight then is waited for (at most the time-out).</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var answered = _signInNeeded || !_link.HasWorkingKeys ? await SignInAsync().ConfigureAwait(false)
                    : _reversal is { } reversal ? await ReverseAsync(reversal).ConfigureAwait(false)
                    : await TransactAsync().ConfigureAwait(false);
                if (!answered)
                    await Task.Delay(PauseAfterError, stop).ConfigureAwait(false); // a dead host is not hammered
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            _statistics.AddLatencies(_latencies);
        }
    }

    private async Task<bool> SignInAsync()
    {
        var request = New(HostMessageKind.SignIn) with { OperatorNo = "01" };
        var result = await ExchangeAsync(request).ConfigureAwait(false);
        if (result?.Outcome != HostLinkOutcome.Answered)
            return false;
        _signInNeeded = !(result.Response!.Approved && _link.HasWorkingKeys);
        return !_signInNeeded;
    }

    private async Task<bool> ReverseAsync(HostRequest reversal)
    {
        var result = await ExchangeAsync(reversal).ConfigureAwait(false);
        if (result?.Outcome == HostLinkOutcome.Answered)
        {
            _reversal = null;
            return true;
        }
        if (++_reversalTries >= MaxReversalTries)
        {
            _reversal = null;
            _statistics.ReversalGivenUp();
        }
        return false;
    }

    private async Task<bool> TransactAsync()
    {
        var kind = _mix.Pick(_random.Next(_mix.Total));
        var original = kind == FleetRequestKind.Sale || _sales.Count == 0 ? null : TakeSale();
        var request = original is null ? Sale() : kind == FleetRequestKind.Void ? Void(original) : Refund(original);
        var result = await ExchangeAsync(request).ConfigureAwait(false);
        if (result?.Outcome == HostLinkOutcome.Answered && request.Kind == HostMessageKind.Sale && result.Response!.Approved && _sales.Count < MaxBookedSales)
            _sales.Add(new BookedSale(request, result.Response));
        return result?.Outcome == HostLinkOutcome.Answered;
    }

    private HostRequest Sale()
    {
        var (card, pin) = Cards[_random.Next(Cards.Length)];
        return New(HostMessageKind.Sale) with
        {
            AmountFen = _random.Next(1, MaxAmountFen + 1),
            Card = Read(card),
            Pin = new SecretDigits(pin),
        };
    }

    /// <summary>The whole sale voided, the card presented again, no PIN (the host's default voidPinRequired is off).</summary>
    private HostRequest Void(BookedSale sale) => New(HostMessageKind.Void) with
    {
        AmountFen = sale.Request.AmountFen,
        Card = Read(sale.Card),
        OriginalRrn = sale.Answer.Rrn,
        OriginalAuthCode = sale.Answer.AuthCode,
        OriginalBatch = sale.Request.Batch,
        OriginalTrace = sale.Request.Trace,
    };

    /// <summary>The whole sale refunded back to the card, named by its RRN and the host's date of it.</summary>
    private HostRequest Refund(BookedSale sale) => New(HostMessageKind.Refund) with
    {
        AmountFen = sale.Request.AmountFen,
        Card = Read(sale.Card),
        OriginalRrn = sale.Answer.Rrn,
        OriginalDate = sale.Answer.SettlementDate ?? sale.Request.LocalTime.ToString("MMdd", CultureInfo.InvariantCulture),
        RefundMethod = RefundMethod.Original,
    };

    /// <summary>One of its approved sales, at random, no longer offered for another void or refund.</summary>
    private BookedSale TakeSale()
    {
        var at = _random.Next(_sales.Count);
        var sale = _sales[at];
        _sales[at] = _sales[^1];
        _sales.RemoveAt(_sales.Count - 1);
        return sale;
    }

    private CardData Read(TestCard card)
    {
        _atc = _atc % ushort.MaxValue + 1;
        return card.Read(EntryMode.Insert, _atc);
    }

    private HostRequest New(HostMessageKind kind)
    {
        _trace = TraceNumbers.After(_trace);
        return new HostRequest
        {
            Kind = kind,
            Trace = _trace,
            Batch = _batch,
            LocalTime = DateTimeOffset.Now,
            TerminalId = TerminalNo,
            MerchantId = MerchantNo,
        };
    }

    /// <summary>
    /// Sends one request and waits for its result; counts it. Null when there is none by the time-out
    /// (the link is told to abandon it). A sale or void that may have reached the host without a
    /// usable answer is to be reversed before the next request.
    /// </summary>
    private async Task<HostLinkResult?> ExchangeAsync(HostRequest request)
    {
        var pending = new Pending(request);
        Volatile.Write(ref _pending, pending);
        var started = Stopwatch.GetTimestamp();
        _link.Send(request);
        HostLinkResult? result;
        long answeredAt;
        try
        {
            (result, answeredAt) = await pending.Done.Task.WaitAsync(_timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _link.Abandon(request);
            if (pending.Done.TrySetCanceled())
            {
                _statistics.Error(FleetError.Timeout);
                ReverseLater(request, ReversalReasons.Timeout);
                return null;
            }
            (result, answeredAt) = pending.Done.Task.Result; // it came as the time ran out
        }
        switch (result.Outcome)
        {
            case HostLinkOutcome.Answered:
                _latencies.Add(answeredAt - started);
                _statistics.Answer(request.Kind, result.Response!.ResponseCode);
                if (result.Response.SignInRequested)
                    _signInNeeded = true;
                break;
            case HostLinkOutcome.BadMac:
                _statistics.Error(FleetError.BadMac);
                ReverseLater(request, ReversalReasons.BadMac);
                break;
            case HostLinkOutcome.NotConnected:
                _statistics.Error(FleetError.NotConnected); // nothing left the terminal: nothing to reverse
                break;
            case HostLinkOutcome.ConnectionLost:
                _statistics.Error(FleetError.ConnectionLost);
                ReverseLater(request, ReversalReasons.Timeout);
                break;
            default:
                _statistics.Error(FleetError.Malformed);
                ReverseLater(request, ReversalReasons.Timeout);
                break;
        }
        return result;
    }

    private void ReverseLater(HostRequest request, string reason)
    {
        if (request.Kind is not (HostMessageKind.Sale or HostMessageKind.Void))
            return;
        _reversal = HostRequest.ReversalOf(request, reason);
        _reversalTries = 0;
    }

    private void OnCompleted(object? sender, HostLinkResult result)
    {
        if (Volatile.Read(ref _pending) is { } pending && ReferenceEquals(pending.Request, result.Request))
            pending.Done.TrySetResult((result, Stopwatch.GetTimestamp()));
    }

    public void Dispose()
    {
        _link.Completed -= OnCompleted;
        _transport.Dispose();
    }

    private sealed class Pending(HostRequest request)
    {
        public HostRequest Request { get; } = request;

        public TaskCompletionSource<(HostLinkResult Result, long AnsweredAt)> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record BookedSale(HostRequest Request, HostResponse Answer)
    {
        public TestCard Card { get; } = Cards.First(c => c.Card.Pan == Request.Card!.Pan).Card;
    }
}
