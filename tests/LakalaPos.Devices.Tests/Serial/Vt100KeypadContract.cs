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

/// <summary>A VT100 keypad pressed by sending the console's bytes for each key; CANCEL (a lone ESC) waits the real 50 ms.</summary>
internal sealed class Vt100KeypadHarness : IKeypadHarness, IRigged
{
    private readonly Vt100Keypad _keypad;

    /// <param name="time">The clock of the ESC time-out; the real one unless given (then CANCEL cannot be pressed).</param>
    public Vt100KeypadHarness(Transport transport, TimeProvider? time = null)
    {
        Rig = new PortRig(transport);
        _keypad = new Vt100Keypad(Rig.Port, Rig.Log.Logger, time ?? TimeProvider.System);
    }

    public PortRig Rig { get; }

    public IKeypad Keypad => _keypad;

    public void Press(Key key) =>
        Await.Event<Key>(h => _keypad.KeyPressed += h, h => _keypad.KeyPressed -= h, () => Rig.Device.Send(Vt100Keys.Of(key)), $"key {key.Name()}");

    public void Dispose()
    {
        _keypad.Dispose();
        Rig.Dispose();
    }
}
