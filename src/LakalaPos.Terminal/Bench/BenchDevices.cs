using LakalaPos.Devices.Ports;
using LakalaPos.Profiles;

namespace LakalaPos.Terminal.Bench;

/// <summary>
/// The other end of a serial profile's devices, one pty per distinct serial device: the VT100
/// console (display and keypad on one port), a keypad board, the card reader, the printer.
/// </summary>
internal sealed class BenchDevices : IDisposable
{
    private readonly List<PtyEnd> _ends = [];

    private BenchDevices()
    {
    }

    /// <summary>Device path in the profile → the pty slave that stands in for it.</summary>
    public Dictionary<string, string> Substitutes { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<PtyEnd> Ends => _ends;

    /// <summary>Where keys go: the console or keypad board, or null when the keypad is not serial.</summary>
    public ScreenEnd? Keys => _ends.OfType<ScreenEnd>().FirstOrDefault(end => end.TakesKeys);

    public ReaderEnd? Reader => _ends.OfType<ReaderEnd>().FirstOrDefault();

    /// <summary>The serial devices of <paramref name="profile"/>, each named once, with the sections using it.</summary>
    public static IReadOnlyList<(SerialPortProfile Serial, string[] Sections)> SerialDevicesOf(HardwareProfile profile)
    {
        var sections = new (string Name, string Driver, SerialPortProfile? Serial)[]
        {
            ("display", profile.Display.Driver, profile.Display.Serial), ("keypad", profile.Keypad.Driver, profile.Keypad.Serial),
            ("cardReader", profile.CardReader.Driver, profile.CardReader.Serial), ("printer", profile.Printer.Driver, profile.Printer.Serial),
        };
        return sections.Where(s => DeviceDrivers.IsSerial(s.Driver) && s.Serial is not null)
            .GroupBy(s => s.Serial!.Device, StringComparer.Ordinal)
            .Select(g => (g.First().Serial!, g.Select(s => s.Name).ToArray()))
            .ToList();
    }

    /// <summary>Makes the ptys; an <see cref="IOException"/> when the system gives none (nothing is left open then).</summary>
    public static BenchDevices Open(HardwareProfile profile, TextWriter output)
    {
        var bench = new BenchDevices();
        try
        {
            foreach (var (serial, sections) in SerialDevicesOf(profile))
            {
                var pty = PseudoTerminal.Open();
                bench.Substitutes[serial.Device] = pty.SlavePath;
                bench._ends.Add(End(profile, pty, sections, output));
            }
            return bench;
        }
        catch
        {
            bench.Dispose();
            throw;
        }
    }

    private static PtyEnd End(HardwareProfile profile, PseudoTerminal pty, string[] sections, TextWriter output)
    {
        if (sections.Contains("printer"))
            return new PrinterEnd(pty, output);
        if (sections.Contains("cardReader"))
            return new ReaderEnd(pty);
        var display = sections.Contains("display");
        var keypad = sections.Contains("keypad");
        var role = display && keypad ? "display and keypad (VT100 console)" : display ? "display (VT100 console)" : "keypad";
        return new ScreenEnd(pty, role, display, keypadBoard: keypad && profile.Keypad.Driver == DeviceDrivers.Serial, output) { TakesKeys = keypad };
    }

    public void Start()
    {
        foreach (var end in _ends)
            end.Start();
    }

    public void Dispose()
    {
        foreach (var end in _ends)
            end.Dispose();
    }
}
