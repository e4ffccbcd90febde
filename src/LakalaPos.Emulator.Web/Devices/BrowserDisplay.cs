using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;
using LakalaPos.Devices.Text;
using LakalaPos.Emulator.Web.Board;

namespace LakalaPos.Emulator.Web.Devices;

/// <summary>
/// The LCD drawn in the browser: each screen is wrapped to the profile's columns (a Chinese
/// character takes two, none is split, nothing is cut) and put on the board for every page.
/// </summary>
public sealed class BrowserDisplay : IDisplay
{
    private readonly EmulatorBoard _board;

    public BrowserDisplay(EmulatorBoard board, int columns, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        _board = board;
        Columns = columns;
        Height = height;
        _board.ShowScreen(columns, height, []);
    }

    public int Columns { get; }

    /// <summary>Rows the LCD shows at once.</summary>
    public int Height { get; }

    public void Show(Screen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        _board.ShowScreen(Columns, Height, RowWrapper.Wrap(screen.Lines, Columns));
    }
}
