using LakalaPos.Core.Hardware;

namespace LakalaPos.Devices.Tests.Contracts;

// What a contract test needs besides the device: a way to act on it as a person would, and a way
// to see what came out. Headless drivers do both in memory; an emulator or serial driver's test
// implements them through its UI model or a loop-back port.

public interface IKeypadHarness
{
    IKeypad Keypad { get; }

    void Press(Key key);
}

public interface IDisplayHarness
{
    IDisplay Display { get; }

    /// <summary>The rows the display shows now, top to bottom, without trailing padding.</summary>
    IReadOnlyList<string> VisibleRows();
}

public interface IPrinterHarness
{
    IReceiptPrinter Printer { get; }

    void SetPaper(bool present);

    /// <summary>Every receipt that came out (one per paper cut), as its rows on paper.</summary>
    IReadOnlyList<IReadOnlyList<string>> Receipts();
}

public interface ICardReaderHarness
{
    ICardReader Reader { get; }

    /// <summary>Presents the card as its entry mode says (a swipe reader is only given swiped cards).</summary>
    void Present(CardData card);

    void Remove();

    /// <summary>A card is presented that cannot be read (a bad swipe).</summary>
    void PresentUnreadable();
}
