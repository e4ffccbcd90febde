using LakalaPos.Core.Hardware;

namespace LakalaPos.Devices.Cards;

/// <summary>The test cards of spec section 10, built into the headless and emulator card readers.</summary>
public static class TestCards
{
    public static IReadOnlyList<TestCard> All { get; } =
    [
        new("debit", "6222020200112233446", "2912", "220", "10000123", EntryMode.Swipe, EntryMode.Insert, EntryMode.Tap),
        new("credit", "6258070012345673", "2811", "220", "10000456", EntryMode.Swipe, EntryMode.Insert, EntryMode.Tap),
        new("debit2", "6222020000556677888", "3001", "220", "10000789", EntryMode.Swipe, EntryMode.Insert, EntryMode.Tap),
        new("lowbal", "6228480011998877663", "2910", "220", "10000321", EntryMode.Swipe, EntryMode.Insert),
        new("expired", "6217000000000000111", "2401", "101", "10000654", EntryMode.Swipe),
    ];

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
        name.Count(char.IsAsciiDigit) >= 12 ? "like that (it looks like a card number)" : $"\"{name}\"";

    /// <summary>Reads the named card as presented; see <see cref="TestCard.Read"/>.</summary>
    public static CardData Read(string name, EntryMode mode, int atc = 1) => Find(name).Read(mode, atc);
}
