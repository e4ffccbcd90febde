using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;
using LakalaPos.Devices.Text;

namespace LakalaPos.Devices.Headless;

/// <summary>
/// A display in memory: it keeps the current screen and its rows wrapped to <see cref="Columns"/>.
/// It keeps every row, even beyond <see cref="Height"/> (a physical display would page them);
/// <see cref="Overflows"/> tells a test that a screen would not fit.
/// </summary>
public sealed class HeadlessDisplay : IDisplay
{
    private IReadOnlyList<string> _rows = [];

    /// <param name="columns">Width in half-width columns (at least 2, so a Chinese character fits).</param>
    /// <param name="height">Rows the modelled display shows at once.</param>
    public HeadlessDisplay(int columns, int height = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Columns = columns;
        Height = height;
    }

    public int Columns { get; }

    public int Height { get; }

    /// <summary>The screen shown now; an empty screen before the first <see cref="Show"/>.</summary>
    public Screen Current { get; private set; } = Screen.Of();

    /// <summary>The current screen as rows, none wider than <see cref="Columns"/>.</summary>
    public IReadOnlyList<string> Rows => _rows;

    /// <summary>True when the current screen needs more rows than <see cref="Height"/>.</summary>
    public bool Overflows => _rows.Count > Height;

    /// <summary>How many screens have been shown.</summary>
    public int ShownCount { get; private set; }

    /// <summary>Raised after each <see cref="Show"/>, with the new screen.</summary>
    public event EventHandler<Screen>? Shown;

    public void Show(Screen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        _rows = RowWrapper.Wrap(screen.Lines, Columns).AsReadOnly();
        Current = screen;
        ShownCount++;
        Shown?.Invoke(this, screen);
    }
}
