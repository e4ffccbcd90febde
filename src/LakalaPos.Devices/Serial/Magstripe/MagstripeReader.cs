using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Ports;
using Serilog;
using Serilog.Events;

namespace LakalaPos.Devices.Serial.Magstripe;

/// <summary>
/// A magnetic-stripe reader on a serial port that sends each swipe as an ASCII line, track 2 as
/// ";PAN=YYMMSSS…?" then CR LF (<see cref="MagstripeLine"/>). A good track 2 is a swiped card
/// (<see cref="CardPresented"/>); a bad line is <see cref="ReadFailed"/>, logged masked
/// (<see cref="TrackMask"/>: never the card number or the track). Events come on the port's thread.
/// </summary>
public sealed class MagstripeReader : ICardReader, ISelfTest
{
    /// <summary>Longer than any track 1 and track 2 together; a longer line is noise.</summary>
    public const int MaxLineLength = 256;

    /// <summary>
    /// A reader sends a swipe's line in one go (about 40 ms at 9600 baud). A half line that has had
    /// no byte for this long is noise left behind: it is dropped before the next byte, so it cannot
    /// swallow the next swipe.
    /// </summary>
    public static readonly TimeSpan LineGap = TimeSpan.FromMilliseconds(500);

    private readonly ILogger _log;
    private readonly NoiseLog _noise;
    private readonly LineAssembler _lines = new(MaxLineLength);
    private readonly TimeProvider _time;
    private long _lastInput;

    public MagstripeReader(DevicePort port, ILogger log, TimeProvider? time = null)
    {
        Port = port;
        _log = log;
        _time = time ?? TimeProvider.System;
        _noise = new NoiseLog(log, LogEventLevel.Warning, _time);
        port.Attach("magnetic-stripe reader", OnInput);
        port.Gone += (_, _) => _lines.Reset();
    }

    public DevicePort Port { get; }

    public event EventHandler<CardData>? CardPresented;

    public DeviceHealth CheckHealth() => PortHealth.Of(Port);

    /// <summary>A swipe reader has no slot: no card is ever removed.</summary>
    public event EventHandler? CardRemoved
    {
        add { }
        remove { }
    }

    public event EventHandler<string>? ReadFailed;

    private void OnInput(ReadOnlySpan<byte> bytes)
    {
        if (_lines.HasHalfLine && _time.GetElapsedTime(_lastInput) > LineGap)
        {
            _noise.Write("Card reader {Port}: a half line left for over {Gap} ms; dropped", Port.Name, (int)LineGap.TotalMilliseconds);
            _lines.Reset();
        }
        _lines.Feed(bytes, OnLine, OnTooLong);
        _lastInput = _time.GetTimestamp();
    }

    private void OnLine(ReadOnlySpan<byte> line)
    {
        var (kind, card, reason) = MagstripeLine.Parse(line);
        switch (kind)
        {
            case MagstripeLineKind.Card:
                _log.Information("Card reader {Port}: card swiped {Card}", Port.Name, card);
                CardPresented?.Invoke(this, card!);
                break;
            case MagstripeLineKind.Track1Only:
                _log.Debug("Card reader {Port}: a track 1 line without track 2; ignored", Port.Name);
                break;
            default:
                _noise.Write("Card reader {Port}: unreadable swipe ({Reason}): {Masked}", Port.Name, reason, TrackMask.Mask(line));
                ReadFailed?.Invoke(this, reason!);
                break;
        }
    }

    private void OnTooLong() =>
        _noise.Write("Card reader {Port}: more than {Max} bytes without a line end; dropped up to the next line end", Port.Name, MaxLineLength);
}
