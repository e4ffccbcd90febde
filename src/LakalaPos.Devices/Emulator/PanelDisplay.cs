using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;
using LakalaPos.Devices.Text;

namespace LakalaPos.Devices.Emulator;

/// <summary>
/// The LCD of the full-screen console: it keeps the current screen's rows, wrapped to the
/// profile's columns exactly as every other display wraps them, for whoever draws the device, and
/// says when they changed. It writes nothing itself.
/// </summary>
public sealed class PanelDisplay : IDisplay
{
    private readonly Action _changed;
    private IReadOnlyList<string> _rows = [];

    public PanelDisplay(int columns, int height, Action changed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Columns = columns;
        Height = height;
        _changed = changed;
    }

    public int Columns { get; }

    /// <summary>Rows the LCD shows at once.</summary>
    public int Height { get; }

    /// <summary>The current screen's rows as the LCD draws them (a screen may wrap onto more rows than <see cref="Height"/>).</summary>
    public IReadOnlyList<string> Rows => Volatile.Read(ref _rows);

    public void Show(Screen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        Volatile.Write(ref _rows, RowWrapper.Wrap(screen.Lines, Columns));
        _changed();
    }
}
