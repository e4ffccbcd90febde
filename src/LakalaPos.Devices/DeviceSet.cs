using LakalaPos.Core.Hardware;

namespace LakalaPos.Devices;

/// <summary>The four devices a terminal drives, as a hardware profile chose them.</summary>
public sealed record DeviceSet(IKeypad Keypad, IDisplay Display, IReceiptPrinter Printer, ICardReader CardReader);
