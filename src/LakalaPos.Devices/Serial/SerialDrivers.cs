using LakalaPos.Profiles;
using LakalaPos.Devices.Ports;
using LakalaPos.Devices.Serial.EscPos;
using LakalaPos.Devices.Serial.Keypad;
using LakalaPos.Devices.Serial.Magstripe;
using LakalaPos.Devices.Serial.Vt100;
using Serilog;

namespace LakalaPos.Devices.Serial;

/// <summary>
/// Registers the serial drivers under the names profiles use: display and keypad
/// <c>vt100-serial</c> (one console; both name the same device, opened once), keypad
/// <c>serial</c> (a keypad board), printer <c>escpos-serial</c>, card reader <c>serial</c>
/// (a magnetic-stripe reader). Their ports come from <paramref name="ports"/>, which closes them.
/// </summary>
public static class SerialDrivers
{
    public static DeviceDriverRegistry AddSerial(this DeviceDriverRegistry registry, SharedPorts ports, ILogger log, TimeProvider? time = null) => registry
        .AddDisplay(DeviceDrivers.Vt100Serial, p => new Vt100Display(ports.Open(p.Serial, "display"), p.Columns, p.Rows, log))
        .AddKeypad(DeviceDrivers.Vt100Serial, p => ports.Adopt(new Vt100Keypad(ports.Open(p.Serial, "keypad"), log, time)))
        .AddKeypad(DeviceDrivers.Serial, p => new KeypadBoard(ports.Open(p.Serial, "keypad"), log, time))
        .AddPrinter(DeviceDrivers.EscPosSerial, p => ports.Adopt(new EscPosPrinter(ports.Open(p.Serial, "printer"), p.Columns, log, time)))
        .AddCardReader(DeviceDrivers.Serial, p => new MagstripeReader(ports.Open(p.Serial, "cardReader"), log, time));
}
