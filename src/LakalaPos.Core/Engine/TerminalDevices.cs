using LakalaPos.Core.Hardware;

namespace LakalaPos.Core.Engine;

/// <summary>The devices a terminal runs with. A missing printer is allowed: the terminal then stops printing, not working.</summary>
public sealed record TerminalDevices(IKeypad Keypad, IDisplay Display, ICardReader CardReader, IReceiptPrinter? Printer);
