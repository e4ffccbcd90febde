using LakalaPos.Core.Ecr;
using LakalaPos.Core.Hardware;

namespace LakalaPos.Core.Engine;

/// <summary>
/// The devices a terminal runs with. A missing printer is allowed: the terminal then stops
/// printing, not working. The cash-register link (<paramref name="Ecr"/>) is there only where the
/// shop has one.
/// </summary>
public sealed record TerminalDevices(IKeypad Keypad, IDisplay Display, ICardReader CardReader, IReceiptPrinter? Printer, IEcrPort? Ecr = null);
