namespace LakalaPos.Profiles;

/// <summary>Driver names a profile may give. The serial drivers are in LakalaPos.Devices.Serial (docs/hardware.md).</summary>
public static class DeviceDrivers
{
    /// <summary>In-memory devices driven by tests and replay scripts.</summary>
    public const string Headless = "headless";

    /// <summary>The on-screen emulator of a terminal.</summary>
    public const string Emulator = "emulator";

    public const string Vt100Serial = "vt100-serial";
    public const string EscPosSerial = "escpos-serial";
    public const string Serial = "serial";

    public static readonly IReadOnlyList<string> ForDisplay = [Headless, Emulator, Vt100Serial];
    /// <summary><c>vt100-serial</c>: the keys of the VT100 console that is also the display; <c>serial</c>: a keypad board sending one byte per key.</summary>
    public static readonly IReadOnlyList<string> ForKeypad = [Headless, Emulator, Vt100Serial, Serial];
    public static readonly IReadOnlyList<string> ForPrinter = [Headless, Emulator, EscPosSerial];
    public static readonly IReadOnlyList<string> ForCardReader = [Headless, Emulator, Serial];

    public static bool IsSerial(string driver) => driver == Serial || driver.EndsWith("-serial", StringComparison.Ordinal);
}

public enum SerialParity
{
    None,
    Even,
    Odd,
}

public enum SerialHandshake
{
    None,

    /// <summary>Hardware flow control on the RTS and CTS lines.</summary>
    RtsCts,
}

/// <summary>The serial port a serial driver talks through: the device and its line settings (default 8N1, no handshake).</summary>
public sealed record SerialPortProfile(
    string Device,
    int Baud,
    int DataBits = SerialPortProfile.DefaultDataBits,
    SerialParity Parity = SerialParity.None,
    int StopBits = SerialPortProfile.DefaultStopBits,
    SerialHandshake Handshake = SerialHandshake.None)
{
    public const int DefaultBaud = 115200;
    public const int DefaultDataBits = 8;
    public const int DefaultStopBits = 1;
    public static readonly IReadOnlyList<int> StandardBauds = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600];
    public static readonly IReadOnlyList<int> AllowedDataBits = [7, 8];
    public static readonly IReadOnlyList<int> AllowedStopBits = [1, 2];

    /// <summary>The profile's words for <see cref="SerialParity"/>, in enum order.</summary>
    public static readonly IReadOnlyList<string> ParityNames = ["none", "even", "odd"];

    /// <summary>The profile's words for <see cref="SerialHandshake"/>, in enum order.</summary>
    public static readonly IReadOnlyList<string> HandshakeNames = ["none", "rts-cts"];

    /// <summary>The line settings as written on a device's label, e.g. "9600 8N1" or "115200 7E2 rts-cts".</summary>
    public string LineSettings =>
        $"{Baud} {DataBits}{"NEO"[(int)Parity]}{StopBits}{(Handshake == SerialHandshake.RtsCts ? " rts-cts" : "")}";
}

/// <param name="Columns">Width in half-width columns; a Chinese character takes two.</param>
/// <param name="Rows">Rows the display shows at once; longer screens must be paged or scrolled, never cut.</param>
public sealed record DisplayProfile(string Driver, int Columns, int Rows, SerialPortProfile? Serial = null)
{
    public const int DefaultColumns = 32;
    public const int DefaultRows = 8;
    public const int MinColumns = 16;
    public const int MaxColumns = 80;
    public const int MinRows = 2;
    public const int MaxRows = 50;
}

public sealed record KeypadProfile(string Driver, SerialPortProfile? Serial = null);

/// <param name="Columns">32 for 58 mm paper, 48 for 80 mm (spec section 8).</param>
/// <param name="Optional">When true, a missing or failed printer does not stop the terminal; it stops printing.</param>
public sealed record PrinterProfile(string Driver, int Columns, bool Optional, SerialPortProfile? Serial = null)
{
    public const int DefaultColumns = 32;
    public static readonly IReadOnlyList<int> AllowedColumns = [32, 48];
}

public sealed record CardReaderProfile(string Driver, SerialPortProfile? Serial = null);
