using LakalaPos.Core.Hardware;
using LakalaPos.Core.Tests.Journal;

namespace LakalaPos.Core.Tests.Support;

/// <summary>One test card, read each way a reader can read it.</summary>
internal static class Cards
{
    public static CardData Inserted() => LifecycleSamples.ChipCard();

    public static CardData Swiped() => new(LifecycleSamples.Pan, "2912", EntryMode.Swipe, track2: LifecycleSamples.Pan + "=2912201");

    public static CardData Tapped() => new(LifecycleSamples.Pan, "2912", EntryMode.Tap, cardSequence: "001", iccData: LifecycleSamples.Icc);
}
