namespace LakalaPos.Core.Profiles;

/// <summary>Driver names a profile may give. Serial drivers are placeholders for later issues.</summary>
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
    public static readonly IReadOnlyList<string> ForKeypad = [Headless, Emulator, Serial];
    public static readonly IReadOnlyList<string> ForPrinter = [Headless, Emulator, EscPosSerial];
    public static readonly IReadOnlyList<string> ForCardReader = [Headless, Emulator, Serial];

    public static bool IsSerial(string driver) => driver == Serial || driver.EndsWith("-serial", StringComparison.Ordinal);
}

/// <summary>Serial port settings for serial drivers (placeholder for later issues).</summary>
public sealed record SerialPortProfile(string Device, int Baud)
{
    public const int DefaultBaud = 115200;
    public static readonly IReadOnlyList<int> StandardBauds = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600];
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
