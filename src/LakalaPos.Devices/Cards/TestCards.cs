using LakalaPos.Core.Hardware;
using LakalaPos.Iso8583.Cards;
using LakalaPos.Shared;

namespace LakalaPos.Devices.Cards;

/// <summary>The test cards of spec section 10, built into the headless and emulator card readers.</summary>
public static class TestCards
{
    // Declared before All: static fields start in the order they are written.
    private static readonly (CardPresentation Presentation, EntryMode Mode)[] Modes =
        [(CardPresentation.Swipe, EntryMode.Swipe), (CardPresentation.Insert, EntryMode.Insert), (CardPresentation.Tap, EntryMode.Tap)];

    public static IReadOnlyList<TestCard> All { get; } = [.. TestCardTable.All.Select(Readable)];

    public static IReadOnlyList<string> Names { get; } = All.Select(card => card.Name).ToList();

    public static bool TryFind(string name, out TestCard card)
    {
        card = All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))!;
        return card is not null;
    }

    /// <summary>The card of that name (case ignored); an unknown name is a <see cref="CardReadException"/> listing the known ones.</summary>
    public static TestCard Find(string name) =>
        TryFind(name, out var card)
            ? card
            : throw new CardReadException($"no test card named {Quote(name)} (known: {string.Join(", ", Names)})");

    // A card number given where a name belongs must not end up in a message.
    private static string Quote(string name) =>
        name.Count(char.IsAsciiDigit) >= 12 ? "like that (it looks like a card number)" : $"\"{Echo.Cut(name)}\"";

    private static TestCard Readable(TestCardSpec spec) => new(spec.Name, spec.Pan, spec.ExpiryYyMm, spec.ServiceCode, spec.DiscretionaryData,
        [.. Modes.Where(m => spec.Presentations.HasFlag(m.Presentation)).Select(m => m.Mode)]);

    /// <summary>Reads the named card as presented; see <see cref="TestCard.Read"/>.</summary>
    public static CardData Read(string name, EntryMode mode, int atc = 1) => Find(name).Read(mode, atc);
}
