namespace LakalaPos.Core.Hardware;

/// <summary>A card reader reports cards as they are swiped, inserted or tapped, and removed.</summary>
public interface ICardReader
{
    event EventHandler<CardData>? CardPresented;

    event EventHandler? CardRemoved;
}
