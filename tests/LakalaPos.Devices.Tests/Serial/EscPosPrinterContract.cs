using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Serial.EscPos;
using LakalaPos.Devices.Tests.Contracts;
using LakalaPos.Devices.Tests.Support;

namespace LakalaPos.Devices.Tests.Serial;

public sealed class EscPosPrinterOverPtyTests : PrinterContractTests
{
    protected override IPrinterHarness Create(int columns) => Own(new EscPosPrinterHarness(Transport.Pty, columns));
}

public sealed class EscPosPrinterOverStreamTests : PrinterContractTests
{
    protected override IPrinterHarness Create(int columns) => Own(new EscPosPrinterHarness(Transport.Stream, columns));
}

/// <summary>
/// An ESC/POS printer driver facing a <see cref="FakeEscPosPrinter"/>. Paper changes reach the
/// driver the way they do on hardware: the driver's next paper poll, which the harness brings
/// about by moving the driver's clock on.
/// </summary>
internal sealed class EscPosPrinterHarness : IPrinterHarness, IRigged
{
    /// <param name="statusTimeout">Longer than a driver's default unless given: a busy test run must not look like a printer that never answers.</param>
    public EscPosPrinterHarness(Transport transport, int columns, TimeSpan? statusTimeout = null)
    {
        Rig = new PortRig(transport);
        Fake = new FakeEscPosPrinter(Rig.Device);
        EscPos = new EscPosPrinter(Rig.Port, columns, Rig.Log.Logger, Clock, statusTimeout ?? TimeSpan.FromSeconds(3));
    }

    public PortRig Rig { get; }

    public FakeEscPosPrinter Fake { get; }

    public TestClock Clock { get; } = new();

    public EscPosPrinter EscPos { get; }

    public IReceiptPrinter Printer => EscPos;

    public void SetPaper(bool present)
    {
        Fake.HasPaper = present;
        if (EscPos.HasPaper == present)
            return;
        Await.Event<bool>(h => EscPos.PaperChanged += h, h => EscPos.PaperChanged -= h,
            () => Clock.Advance(EscPosPrinter.PaperPollInterval), $"paper {(present ? "loaded" : "out")}", seen => seen == present);
    }

    public IReadOnlyList<IReadOnlyList<string>> Receipts()
    {
        Rig.DeviceHasEverything();
        return Fake.Printout().Receipts.Select(receipt => receipt.Texts).ToList();
    }

    public void Dispose()
    {
        EscPos.Dispose();
        Rig.Dispose();
    }
}
