using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Ports;
using Serilog;
using Serilog.Events;

namespace LakalaPos.Devices.Serial.Vt100;

/// <summary>
/// Turns the bytes a VT100/ANSI console sends into keys, however they are split across reads:
/// digits; CR or LF = ENTER (CR LF counts once); BS or DEL = CLEAR; Tab = MENU; ESC [ A / ESC [ B
/// (or ESC O A / B) = UP / DOWN; ESC O P…S (or ESC [ 11~…14~) = F1–F4; an ESC followed by nothing
/// within <see cref="EscapeWait"/> = CANCEL (an ESC followed by anything else is CANCEL too, then
/// that byte counts on its own). Other bytes and sequences are ignored with a debug line.
/// </summary>
/// <remarks>
/// Bytes come from the port's reader thread, the ESC time-out from a timer of the injected
/// <see cref="TimeProvider"/>; a lock keeps keys in order. A sequence left unfinished is dropped
/// after the same wait, so a cut-off one never swallows the next key.
/// </remarks>
public sealed class Vt100KeyDecoder : IDisposable
{
    public static readonly TimeSpan EscapeWait = TimeSpan.FromMilliseconds(50);

    private const byte Esc = 0x1B;
    private const int MaxSequenceLength = 16;

    private enum State
    {
        Ground,
        Escape,
        Csi,
        Ss3,
    }

    private readonly Action<Key> _emit;
    private readonly ILogger _log;
    private readonly NoiseLog _ignored;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly ITimer _timer;
    private readonly List<byte> _parameters = [];
    private State _state;
    private bool _afterCr;
    private long _lastByteAt;

    public Vt100KeyDecoder(Action<Key> emit, ILogger log, TimeProvider? time = null)
    {
        _emit = emit;
        _log = log;
        _time = time ?? TimeProvider.System;
        _ignored = new NoiseLog(log, LogEventLevel.Debug, _time);
        _timer = _time.CreateTimer(_ => Expire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Feed(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            foreach (var b in bytes)
                Step(b);
            _lastByteAt = _time.GetTimestamp();
            _timer.Change(_state == State.Ground ? Timeout.InfiniteTimeSpan : EscapeWait, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Forgets a half-read sequence (the port went away); nothing is reported.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _state = State.Ground;
            _afterCr = false;
            _parameters.Clear();
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Step(byte b)
    {
        switch (_state)
        {
            case State.Ground:
                Ground(b);
                break;
            case State.Escape:
                if (b == (byte)'[')
                    _state = State.Csi;
                else if (b == (byte)'O')
                    _state = State.Ss3;
                else
                {
                    // The ESC was a key of its own; what follows counts on its own.
                    _state = State.Ground;
                    Report(Key.Cancel);
                    Ground(b);
                }
                break;
            case State.Ss3:
                _state = State.Ground;
                Sequence(b switch
                {
                    (byte)'A' => Key.Up,
                    (byte)'B' => Key.Down,
                    >= (byte)'P' and <= (byte)'S' => Key.F1 + (b - (byte)'P'),
                    _ => null,
                }, "ESC O", b);
                break;
            case State.Csi:
                Csi(b);
                break;
        }
    }

    private void Ground(byte b)
    {
        if (b == Esc)
        {
            _state = State.Escape;
            _parameters.Clear();
            _afterCr = false;
            return;
        }
        var crLf = _afterCr && b == (byte)'\n';
        _afterCr = b == (byte)'\r';
        if (crLf)
            return;
        Key? key = b switch
        {
            >= (byte)'0' and <= (byte)'9' => KeyExtensions.FromDigit((char)b),
            (byte)'\r' or (byte)'\n' => Key.Enter,
            0x08 or 0x7F => Key.Clear,
            (byte)'\t' => Key.Menu,
            _ => null,
        };
        if (key is { } pressed)
            Report(pressed);
        else
            _ignored.Write("VT100 keypad: byte 0x{Byte:X2} is not a key; ignored", b);
    }

    /// <summary>ESC [ parameters final: parameter bytes 0x20-0x3F, a final byte 0x40-0x7E.</summary>
    private void Csi(byte b)
    {
        if (b is >= 0x20 and <= 0x3F)
        {
            _parameters.Add(b);
            if (_parameters.Count > MaxSequenceLength)
            {
                _state = State.Ground;
                _ignored.Write("VT100 keypad: an escape sequence longer than {Max} bytes; ignored", MaxSequenceLength);
            }
            return;
        }
        _state = State.Ground;
        if (b is < 0x40 or > 0x7E)
        {
            // A control byte (another ESC, a CR) inside a sequence: the sequence was broken off.
            _ignored.Write("VT100 keypad: a broken-off escape sequence; ignored");
            Ground(b);
            return;
        }
        var parameters = System.Text.Encoding.ASCII.GetString([.. _parameters]);
        Sequence((b, parameters) switch
        {
            ((byte)'A', "") => Key.Up,
            ((byte)'B', "") => Key.Down,
            ((byte)'~', "11") => Key.F1,
            ((byte)'~', "12") => Key.F2,
            ((byte)'~', "13") => Key.F3,
            ((byte)'~', "14") => Key.F4,
            _ => null,
        }, "ESC [" + parameters, b);
    }

    private void Sequence(Key? key, string prefix, byte final)
    {
        if (key is { } pressed)
            Report(pressed);
        else
            _ignored.Write("VT100 keypad: sequence {Sequence} is not a key; ignored", $"{prefix} 0x{final:X2}");
    }

    private void Report(Key key)
    {
        try
        {
            _emit(key);
        }
        catch (Exception e)
        {
            _log.Error(e, "VT100 keypad: a listener failed on a key press");
        }
    }

    private void Expire()
    {
        try
        {
            lock (_gate)
            {
                if (_state == State.Ground)
                    return;
                // A timer may ring a little early, or late for a byte that came meanwhile: wait out the rest.
                var left = EscapeWait - _time.GetElapsedTime(_lastByteAt);
                if (left > TimeSpan.Zero)
                {
                    _timer.Change(left, Timeout.InfiniteTimeSpan);
                    return;
                }
                var wasEscape = _state == State.Escape;
                Reset();
                if (wasEscape)
                    Report(Key.Cancel);
                else
                    _ignored.Write("VT100 keypad: an unfinished escape sequence; ignored");
            }
        }
        catch (Exception e)
        {
            _log.Error(e, "VT100 keypad: the escape time-out failed");
        }
    }
}
