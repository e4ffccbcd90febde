using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using LakalaPos.Core.Host;
using LakalaPos.Core.Screens;

namespace LakalaPos.Terminal.Fleet;

/// <summary>Why a request of the fleet got no usable answer.</summary>
public enum FleetError
{
    /// <summary>No answer within --timeout: the link was told to abandon it.</summary>
    Timeout,

    /// <summary>The request did not leave (no connection, refused, not formed).</summary>
    NotConnected,

    /// <summary>It left, then the connection closed before the answer.</summary>
    ConnectionLost,

    /// <summary>An approved answer whose MAC did not verify.</summary>
    BadMac,

    /// <summary>Bytes came back that are not an answer to it (or a sign-in's keys did not check).</summary>
    Malformed,
}

/// <summary>
/// What the fleet's terminals counted, shared by all of them (counters only; each terminal keeps
/// its own latencies and hands them over at the end).
/// </summary>
public sealed class FleetStatistics
{
    private static readonly HostMessageKind[] Kinds = Enum.GetValues<HostMessageKind>();
    private readonly ConcurrentDictionary<string, long> _codes = new(StringComparer.Ordinal);
    private readonly long[] _answeredByKind = new long[Kinds.Length];
    private readonly long[] _errors = new long[Enum.GetValues<FleetError>().Length];
    private readonly List<long> _latencyTicks = [];
    private long _answered;
    private long _reversalsGivenUp;

    /// <summary>Requests of every kind answered (any response code), sign-ins and reversals included.</summary>
    public long Answered => Interlocked.Read(ref _answered);

    /// <summary>Sale requests answered, whatever the code.</summary>
    public long Sales => Interlocked.Read(ref _answeredByKind[(int)HostMessageKind.Sale]);

    public long Errors => Enum.GetValues<FleetError>().Sum(ErrorsOf);

    public long ErrorsOf(FleetError error) => Interlocked.Read(ref _errors[(int)error]);

    public long AnsweredOf(HostMessageKind kind) => Interlocked.Read(ref _answeredByKind[(int)kind]);

    /// <summary>Reversals a terminal stopped sending after three tries without an answer.</summary>
    public long ReversalsGivenUp => Interlocked.Read(ref _reversalsGivenUp);

    /// <summary>The response codes counted, by code.</summary>
    public IReadOnlyDictionary<string, long> Codes => new SortedDictionary<string, long>(_codes, StringComparer.Ordinal);

    public void Answer(HostMessageKind kind, string code)
    {
        Interlocked.Increment(ref _answered);
        Interlocked.Increment(ref _answeredByKind[(int)kind]);
        _codes.AddOrUpdate(code, 1, (_, n) => n + 1);
    }

    public void Error(FleetError error) => Interlocked.Increment(ref _errors[(int)error]);

    public void ReversalGivenUp() => Interlocked.Increment(ref _reversalsGivenUp);

    /// <summary>A terminal's latencies (Stopwatch ticks, send to answer), added once it stopped.</summary>
    public void AddLatencies(IEnumerable<long> ticks)
    {
        lock (_latencyTicks)
            _latencyTicks.AddRange(ticks);
    }

    /// <summary>The <paramref name="percent"/> percentile of the answered requests' latencies in ms (nearest rank), null when none was answered.</summary>
    public double? PercentileMs(double percent)
    {
        long[] sorted;
        lock (_latencyTicks)
            sorted = [.. _latencyTicks];
        if (sorted.Length == 0)
            return null;
        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        var ticks = sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        return ticks * 1000.0 / Stopwatch.Frequency;
    }

    /// <summary>"fleet: N terminals, D s: S sales, R/s, p50 X ms, p99 Y ms, errors E" (docs/performance.md).</summary>
    public string Summary(int terminals, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        return string.Create(CultureInfo.InvariantCulture,
            $"fleet: {terminals} terminals, {Math.Round(elapsed.TotalSeconds):0} s: {Sales} sales, {Math.Round(Answered / seconds):0}/s, p50 {Ms(PercentileMs(50))} ms, p99 {Ms(PercentileMs(99))} ms, errors {Errors}");
    }

    /// <summary>One line per response code ("  00 approved: 1234"), then the answers by kind and the errors by cause.</summary>
    public IEnumerable<string> Breakdown()
    {
        foreach (var (code, count) in Codes)
            yield return string.Create(CultureInfo.InvariantCulture, $"  {code} {CodeText(code)}: {count}");
        yield return string.Create(CultureInfo.InvariantCulture,
            $"  answered: sign-in {AnsweredOf(HostMessageKind.SignIn)}, sale {Sales}, void {AnsweredOf(HostMessageKind.Void)}, refund {AnsweredOf(HostMessageKind.Refund)}, reversal {AnsweredOf(HostMessageKind.Reversal)}");
        yield return string.Create(CultureInfo.InvariantCulture,
            $"  errors: time-out {ErrorsOf(FleetError.Timeout)}, not connected {ErrorsOf(FleetError.NotConnected)}, connection lost {ErrorsOf(FleetError.ConnectionLost)}, bad MAC {ErrorsOf(FleetError.BadMac)}, malformed {ErrorsOf(FleetError.Malformed)}; reversals given up {ReversalsGivenUp}");
    }

    /// <summary>The terminal's English text for the code, a capital kept only where the next letter is one too ("approved", "MAC error, ...").</summary>
    private static string CodeText(string code)
    {
        var text = ResponseCodes.TextOf(code, Texts.English);
        return text.Length > 1 && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    private static string Ms(double? ms) => ms is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) : "-";
}
