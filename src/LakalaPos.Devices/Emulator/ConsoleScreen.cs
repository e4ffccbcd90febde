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
        var box = new System.Text.StringBuilder().AppendLine(border);
        foreach (var row in wrapped)
            box.Append('|').Append(DisplayWidth.PadRight(row, Columns)).AppendLine("|");
        box.AppendLine(border);
        lock (_gate)
        {
            Current = screen;
            // One write: a receipt, printed from another thread, never lands in the middle of the box.
            output.Write(box.ToString());
            output.Flush();
        }
    }
}
