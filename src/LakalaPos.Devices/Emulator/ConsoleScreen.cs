using LakalaPos.Core.Hardware;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Text;
using LakalaPos.Devices.Text;

namespace LakalaPos.Devices.Emulator;

/// <summary>
/// The emulator's display on a text console: each screen is drawn as a framed box of the
/// profile's width, rows wrapped exactly as the headless display wraps them.
/// </summary>
public sealed class ConsoleScreen(TextWriter output, int columns, int rows) : IDisplay
{
    private readonly object _gate = new();

    public int Columns { get; } = columns;

    public Screen Current { get; private set; } = Screen.Of();

    /// <summary>The current screen's rows as drawn, before the padding to the box's width and height.</summary>
    public IReadOnlyList<string> Rows { get; private set; } = [];

    public void Show(Screen screen)
    {
        var wrapped = RowWrapper.Wrap(screen.Lines, Columns);
        Rows = wrapped.ToList();
        while (wrapped.Count < rows)
            wrapped.Add("");
        var border = "+" + new string('-', Columns) + "+";
        lock (_gate)
        {
            Current = screen;
            output.WriteLine(border);
            foreach (var row in wrapped)
                output.WriteLine("|" + DisplayWidth.PadRight(row, Columns) + "|");
            output.WriteLine(border);
            output.Flush();
        }
    }
}
