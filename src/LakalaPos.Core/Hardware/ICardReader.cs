namespace LakalaPos.Core.Hardware;

/// <summary>A card reader reports cards as they are swiped, inserted or tapped, and removed.</summary>
public interface ICardReader
{
    event EventHandler<CardData>? CardPresented;

    event EventHandler? CardRemoved;

    /// <summary>
    /// A card was presented but could not be read (a bad swipe): the terminal asks for it again
    /// ("读卡失败,请重新刷卡"). The text says what was wrong, for the log; it never holds card data.
    /// </summary>
    event EventHandler<string>? ReadFailed;
}
