using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Serial.Keypad;
using LakalaPos.Devices.Tests.Contracts;
using LakalaPos.Devices.Tests.Support;

namespace LakalaPos.Devices.Tests.Serial;

public sealed class KeypadBoardOverPtyTests : KeypadContractTests
{
    protected override IKeypadHarness Create() => Own(new KeypadBoardHarness(Transport.Pty));
}

public sealed class KeypadBoardOverStreamTests : KeypadContractTests
{
    protected override IKeypadHarness Create() => Own(new KeypadBoardHarness(Transport.Stream));
}

/// <summary>A keypad board pressed by sending its byte for each key.</summary>
internal sealed class KeypadBoardHarness : IKeypadHarness, IRigged
{
    private readonly KeypadBoard _keypad;

    public KeypadBoardHarness(Transport transport)
    {
        Rig = new PortRig(transport);
        _keypad = new KeypadBoard(Rig.Port, Rig.Log.Logger);
    }

    public PortRig Rig { get; }

    public IKeypad Keypad => _keypad;

    public void Press(Key key) =>
        Await.Event<Key>(h => _keypad.KeyPressed += h, h => _keypad.KeyPressed -= h, () => Rig.Device.Send([KeypadBoardKeys.ByteOf(key)]), $"key {key.Name()}");

    public void Dispose() => Rig.Dispose();
}
