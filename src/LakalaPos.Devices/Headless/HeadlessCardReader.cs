using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Cards;

namespace LakalaPos.Devices.Headless;

/// <summary>
/// A card reader driven by code. A swiped or tapped card is reported and gone; an inserted card
/// stays until <see cref="Remove"/>. Test cards are read from the built-in <see cref="TestCards"/>,
/// each with its own transaction counter so successive chip reads differ as a real card's do.
/// </summary>
public sealed class HeadlessCardReader : ICardReader
{
    private readonly Dictionary<string, int> _transactionCounters = new(StringComparer.OrdinalIgnoreCase);

    public event EventHandler<CardData>? CardPresented;

    public event EventHandler? CardRemoved;

    public event EventHandler<string>? ReadFailed;

    /// <summary>The card in the chip slot, if any.</summary>
    public CardData? Inserted { get; private set; }

    public void Present(CardData card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.EntryMode == EntryMode.Insert)
        {
            if (Inserted is not null)
                throw new CardReadException("a card is already inserted; remove it first");
            Inserted = card;
        }
        CardPresented?.Invoke(this, card);
    }

    /// <summary>Reads the named test card as presented (swipe, insert or tap) and reports it.</summary>
    public CardData Present(string testCardName, EntryMode mode)
    {
        var card = TestCards.Find(testCardName);
        if (mode == EntryMode.Insert && Inserted is not null)
            throw new CardReadException("a card is already inserted; remove it first");
        // The counter is two bytes on a card; wrap rather than fail after 65535 reads.
        var counter = _transactionCounters.GetValueOrDefault(card.Name) % ushort.MaxValue + 1;
        var data = card.Read(mode, counter);
        if (mode != EntryMode.Swipe)
            _transactionCounters[card.Name] = counter;
        Present(data);
        return data;
    }

    /// <summary>A card was presented and could not be read (a bad swipe); <paramref name="reason"/> must not hold card data.</summary>
    public void FailRead(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ReadFailed?.Invoke(this, reason);
    }

    /// <summary>Takes the inserted card out. Returns false, reporting nothing, when no card is inserted.</summary>
    public bool Remove()
    {
        if (Inserted is null)
            return false;
        Inserted = null;
        CardRemoved?.Invoke(this, EventArgs.Empty);
        return true;
    }
}
