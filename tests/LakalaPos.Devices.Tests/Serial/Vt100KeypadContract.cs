using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Serial.Vt100;
using LakalaPos.Devices.Tests.Contracts;
using LakalaPos.Devices.Tests.Support;

namespace LakalaPos.Devices.Tests.Serial;

public sealed class Vt100KeypadOverPtyTests : KeypadContractTests
{
    protected override IKeypadHarness Create() => Own(new Vt100KeypadHarness(Transport.Pty));
}

public sealed class Vt100KeypadOverStreamTests : KeypadContractTests
{
    protected override IKeypadHarness Create() => Own(new Vt100KeypadHarness(Transport.Stream));
}

/// <summary>
/// A VT100 keypad pressed by sending the console's bytes for each key. Its ESC time-out runs on a
/// <see cref="TestClock"/>: a sequence is never cut short by a slow test run, and CANCEL (a lone
/// ESC) is pressed by moving the clock on once the driver has the ESC.
/// </summary>
internal sealed class Vt100KeypadHarness : IKeypadHarness, IRigged
{
    private readonly Vt100Keypad _keypad;
    private long _sent;

    public Vt100KeypadHarness(Transport transport)
    {
        Rig = new PortRig(transport);
        _keypad = new Vt100Keypad(Rig.Port, Rig.Log.Logger, Clock);
    }

    public PortRig Rig { get; }

    public TestClock Clock { get; } = new();

    public IKeypad Keypad => _keypad;

    public void Press(Key key) =>
        Await.Event<Key>(h => _keypad.KeyPressed += h, h => _keypad.KeyPressed -= h, () => Send(key), $"key {key.Name()}");

    public void Dispose()
    {
        _keypad.Dispose();
        Rig.Dispose();
    }

    private void Send(Key key)
    {
        var bytes = Vt100Keys.Of(key);
        Rig.Device.Send(bytes);
        _sent += bytes.Length;
        if (key != Key.Cancel)
            return;
        Wait.Until(() => Rig.Port.BytesRead >= _sent, "the driver has the ESC");
        Clock.Advance(Vt100KeyDecoder.EscapeWait);
    }
}
