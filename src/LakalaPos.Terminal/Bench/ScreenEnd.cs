using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Ports;

namespace LakalaPos.Terminal.Bench;

/// <summary>
/// The VT100 console of `lakalapos devices`: what the terminal draws is kept as rows and shown
/// once drawing pauses, as a block of text; keys are sent as the console's bytes (docs/hardware.md).
/// A keypad board on a port of its own gets its one byte per key instead.
/// </summary>
internal sealed class ScreenEnd(PseudoTerminal pty, string role, bool drawsScreen, bool keypadBoard, TextWriter output) : PtyEnd(pty, role)
{
    private readonly Vt100Rows _rows = new();
    private bool _changed;

    public bool TakesKeys { get; init; }

    public void Press(Key key) => Send(keypadBoard ? [Devices.Serial.Keypad.KeypadBoardKeys.ByteOf(key)] : ConsoleKeyBytes.Of(key));

    protected override void Received(ReadOnlySpan<byte> bytes)
    {
        if (!drawsScreen)
            return;
        _rows.Feed(bytes);
        _changed = true;
    }

    protected override void Idle()
    {
        if (!_changed)
            return;
        _changed = false;
        var rows = _rows.Rows();
        lock (output)
        {
            output.WriteLine("┌─ screen ───────────────────────");
            foreach (var row in rows)
                output.WriteLine("│" + row);
            output.WriteLine("└────────────────────────────────");
        }
    }
}
