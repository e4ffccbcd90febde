using LakalaPos.Core.Hardware;

namespace LakalaPos.Core.Engine;

/// <summary>
/// The chip slot, as the card reader has reported it since power on: an inserted card stays in
/// it until the reader reports it removed; a swiped or tapped card never does. A card that was in
/// the slot before power on is unknown here — it is not a transaction's card, whatever the reader
/// says later. When a flow takes the inserted card for its transaction, the card is the
/// transaction's until it is taken out: a flow ending with it still in asks for it ("请拔卡").
/// </summary>
public sealed class CardSlot
{
    /// <summary>An inserted card is in the slot.</summary>
    public bool Occupied { get; private set; }

    /// <summary>The card in the slot is the one a transaction was made with (<see cref="Use"/>).</summary>
    public bool HoldsTransactionCard { get; private set; }

    /// <summary>A flow takes <paramref name="card"/> for its transaction; an inserted one still in the slot becomes the transaction's.</summary>
    public void Use(CardData card)
    {
        if (card.EntryMode == EntryMode.Insert && Occupied)
            HoldsTransactionCard = true;
    }

    /// <summary>Whether <paramref name="card"/>, taken for a transaction, was inserted and has been taken out since.</summary>
    public bool WasTakenOut(CardData card) => card.EntryMode == EntryMode.Insert && !HoldsTransactionCard;

    internal void Presented(CardData card)
    {
        if (card.EntryMode != EntryMode.Insert)
            return;
        Occupied = true;
        HoldsTransactionCard = false;
    }

    internal void Removed()
    {
        Occupied = false;
        HoldsTransactionCard = false;
    }
}
