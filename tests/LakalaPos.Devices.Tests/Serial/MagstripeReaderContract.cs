using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Serial.Magstripe;
using LakalaPos.Devices.Tests.Contracts;
using LakalaPos.Devices.Tests.Support;

namespace LakalaPos.Devices.Tests.Serial;

public sealed class MagstripeReaderOverPtyTests : CardReaderContractTests
{
    protected override ICardReaderHarness Create() => Own(new MagstripeReaderHarness(Transport.Pty));
}

public sealed class MagstripeReaderOverStreamTests : CardReaderContractTests
{
    protected override ICardReaderHarness Create() => Own(new MagstripeReaderHarness(Transport.Stream));
}

/// <summary>A magnetic-stripe reader driver fed the lines a reader sends for each swipe.</summary>
internal sealed class MagstripeReaderHarness : ICardReaderHarness, IRigged
{
    public MagstripeReaderHarness(Transport transport)
    {
        Rig = new PortRig(transport);
        Magstripe = new MagstripeReader(Rig.Port, Rig.Log.Logger);
    }

    public PortRig Rig { get; }

    public MagstripeReader Magstripe { get; }

    public ICardReader Reader => Magstripe;

    public void Present(CardData card)
    {
        if (card.EntryMode != EntryMode.Swipe)
            throw new NotSupportedException("a magnetic-stripe reader only reads swiped cards");
        Swipe($";{card.Track2}?\r\n");
    }

    /// <summary>Sends a reader's line and waits until the driver has reported a card.</summary>
    public void Swipe(string line) =>
        Await.Event<CardData>(h => Magstripe.CardPresented += h, h => Magstripe.CardPresented -= h, () => Rig.Device.Send(line), "a swiped card");

    /// <summary>Sends a reader's line and waits until the driver has reported a failed read.</summary>
    public void SwipeBadly(string line) =>
        Await.Event<string>(h => Magstripe.ReadFailed += h, h => Magstripe.ReadFailed -= h, () => Rig.Device.Send(line), "a failed read");

    public void Remove() => throw new NotSupportedException("a magnetic-stripe reader has no slot");

    /// <summary>What many readers send for a swipe they could not read.</summary>
    public void PresentUnreadable() => SwipeBadly(";E?\r\n");

    public void Dispose() => Rig.Dispose();
}
