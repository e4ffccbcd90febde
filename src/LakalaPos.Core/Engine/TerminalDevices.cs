using LakalaPos.Core.Ecr;
using LakalaPos.Core.Hardware;

namespace LakalaPos.Core.Engine;

/// <summary>
/// The devices a terminal runs with. A missing printer is allowed: the terminal then stops printing,
/// not working. <see cref="Ecr"/> is the cash register's port, when the terminal has one.
/// </summary>
public sealed record TerminalDevices(IKeypad Keypad, IDisplay Display, ICardReader CardReader, IReceiptPrinter? Printer, IEcrPort? Ecr = null);
