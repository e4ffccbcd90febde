using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Serial.Vt100;
using LakalaPos.Devices.Tests.Contracts;
using LakalaPos.Devices.Tests.Support;

namespace LakalaPos.Devices.Tests.Serial;

public sealed class Vt100DisplayOverPtyTests : DisplayContractTests
{
    protected override IDisplayHarness Create(int columns) => Own(new Vt100DisplayHarness(Transport.Pty, columns));
}

public sealed class Vt100DisplayOverStreamTests : DisplayContractTests
{
    protected override IDisplayHarness Create(int columns) => Own(new Vt100DisplayHarness(Transport.Stream, columns));
}

/// <summary>A VT100 display whose console is the test's <see cref="Vt100Screen"/> at the far end of a port.</summary>
internal sealed class Vt100DisplayHarness : IDisplayHarness, IRigged
{
    public Vt100DisplayHarness(Transport transport, int columns, int rows = 8)
    {
        Rig = new PortRig(transport);
        Vt100 = new Vt100Display(Rig.Port, columns, rows, Rig.Log.Logger);
    }

    public PortRig Rig { get; }

    public Vt100Display Vt100 { get; }

    public IDisplay Display => Vt100;

    public Vt100Screen Screen()
    {
        Rig.DeviceHasEverything();
        return Vt100Screen.Of(Rig.Device.Received());
    }

    public IReadOnlyList<string> VisibleRows() => Screen().Rows();

    public void Dispose() => Rig.Dispose();
}
