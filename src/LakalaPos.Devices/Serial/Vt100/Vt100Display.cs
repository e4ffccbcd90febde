using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;
using LakalaPos.Devices.Ports;
using LakalaPos.Devices.Text;
using Serilog;

namespace LakalaPos.Devices.Serial.Vt100;

/// <summary>
/// A VT100/ANSI console as the terminal's display, on a serial port (usually the same one as its
/// keypad, <see cref="Vt100Keypad"/>). Each screen is wrapped like the headless display's rows
/// and redrawn in place (<see cref="Vt100Frame"/>). Rows beyond the profile's height are drawn
/// too (the core pages long screens; a driver never cuts). When the console comes back after
/// its port went away, the current screen is drawn again.
/// </summary>
public sealed class Vt100Display : IDisplay, ISelfTest
{
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    private byte[]? _frame;

    public Vt100Display(DevicePort port, int columns, int rows, ILogger log)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        Port = port;
        Columns = columns;
        Rows = rows;
        _log = log;
        port.Back += (_, _) => Redraw();
    }

    public DevicePort Port { get; }

    public int Columns { get; }

    /// <summary>Rows the console shows at once (the profile's display.rows).</summary>
    public int Rows { get; }

    public Screen Current { get; private set; } = Screen.Of();

    /// <summary>Ready while its port is open; not connected, with the port's reason, when it is not.</summary>
    public DeviceHealth CheckHealth() => PortHealth.Of(Port);

    public void Show(Screen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var frame = Vt100Frame.Draw(RowWrapper.Wrap(screen.Lines, Columns));
        lock (_gate)
        {
            Current = screen;
            _frame = frame;
            Send(frame);
        }
    }

    private void Redraw()
    {
        lock (_gate)
        {
            if (_frame is not null)
                Send(_frame);
        }
    }

    private void Send(byte[] frame)
    {
        try
        {
            Port.Write(frame);
        }
        catch (PortUnavailableException)
        {
            _log.Debug("Display {Port}: not connected; the screen is drawn when it is back", Port.Name);
        }
        catch (TimeoutException)
        {
            _log.Warning("Display {Port}: the console did not take the screen in time", Port.Name);
        }
    }
}
