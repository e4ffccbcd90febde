using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Headless;
using LakalaPos.Emulator.Web.Board;

namespace LakalaPos.Emulator.Web.Devices;

/// <summary>
/// The card slot drawn in the browser. Cards are read as the headless reader reads them (the test
/// cards, each with its own transaction counter; an inserted card stays until removed); the slot
/// on every page shows the card by its name or masked number, never more.
/// </summary>
public sealed class BrowserCardReader : ICardReader
{
    private readonly EmulatorBoard _board;
    private readonly HeadlessCardReader _reader = new();
    private string? _insertedName;

    public BrowserCardReader(EmulatorBoard board)
    {
        _board = board;
        _reader.CardPresented += (_, card) => CardPresented?.Invoke(this, card);
        _reader.CardRemoved += (_, _) => CardRemoved?.Invoke(this, EventArgs.Empty);
        _reader.ReadFailed += (_, reason) => ReadFailed?.Invoke(this, reason);
    }

    public event EventHandler<CardData>? CardPresented;

    public event EventHandler? CardRemoved;

    public event EventHandler<string>? ReadFailed;

    /// <summary>The card in the chip slot, if any.</summary>
    public CardData? Inserted => _reader.Inserted;

    /// <summary>Reads the named test card as presented; a card it cannot be is a <see cref="Devices.Cards.CardReadException"/> saying why.</summary>
    public void Present(string testCardName, EntryMode mode)
    {
        var card = _reader.Present(testCardName, mode);
        Show(testCardName.ToLowerInvariant(), card);
    }

    public void Present(CardData card)
    {
        _reader.Present(card);
        Show(card.MaskedPan, card);
    }

    /// <summary>A card was swiped and could not be read; <paramref name="reason"/> is for the log and holds no card data.</summary>
    public void FailRead(string reason)
    {
        _reader.FailRead(reason);
        _board.SetSlot(_insertedName, "bad swipe");
    }

    /// <summary>Takes the inserted card out; false, reporting nothing, when the slot is empty.</summary>
    public bool Remove()
    {
        var name = _insertedName;
        if (!_reader.Remove())
            return false;
        _insertedName = null;
        _board.SetSlot(null, $"{name} removed");
        return true;
    }

    private void Show(string name, CardData card)
    {
        if (card.EntryMode == EntryMode.Insert)
            _insertedName = name;
        _board.SetSlot(_insertedName, $"{name} {Done(card.EntryMode)}");
    }

    private static string Done(EntryMode mode) => mode switch
    {
        EntryMode.Swipe => "swiped",
        EntryMode.Insert => "inserted",
        EntryMode.Tap => "tapped",
        _ => "keyed",
    };
}
