using System.Text;
using LakalaPos.Devices.Tests.Contracts;

namespace LakalaPos.Devices.Tests.Support;

/// <summary>
/// What a VT100/ANSI console shows after the bytes it was sent: the test's own small terminal.
/// It knows cursor positioning (ESC [ r ; c H), clearing (ESC [ 2 J, ESC [ K), CR and LF, and
/// ignores other sequences (attributes, cursor visibility, the alternate screen, two-character
/// escapes such as the keypad mode's ESC = and ESC &gt;). A Chinese character takes two cells.
/// </summary>
public sealed class Vt100Screen
{
    private const int Width = 200;
    private const int Height = 60;

    // A cell never written since the last clear is null; the right half of a Chinese character is "".
    private readonly string?[][] _cells = NewGrid();
    private int _row;
    private int _column;
    private int _lowestRowUsed = -1;

    /// <summary>Line feeds received: a display that redraws in place sends none (the console would scroll).</summary>
    public int LineFeeds { get; private set; }

    /// <summary>How often the screen was cleared.</summary>
    public int Clears { get; private set; }

    public static Vt100Screen Of(byte[] bytes)
    {
        var screen = new Vt100Screen();
        screen.Run(Encoding.UTF8.GetString(bytes));
        return screen;
    }

    /// <summary>Rows from the top to the lowest row used since the last clear, each up to its last cell written (a space written counts).</summary>
    public IReadOnlyList<string> Rows() => _cells.Take(_lowestRowUsed + 1).Select(RowText).ToList();

    private static string RowText(string?[] row)
    {
        var end = Array.FindLastIndex(row, cell => cell is not null) + 1;
        return string.Concat(row.Take(end).Select(cell => cell ?? " "));
    }

    private void Run(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\e' && i + 1 < text.Length && text[i + 1] == '[')
            {
                var end = i + 2;
                while (end < text.Length && text[end] is < '@' or > '~')
                    end++;
                if (end < text.Length)
                    Sequence(text[(i + 2)..end], text[end]);
                i = end;
            }
            else if (c == '\e' && i + 1 < text.Length)
                i++;
            else if (c == '\n')
            {
                LineFeeds++;
                _row++;
            }
            else if (c == '\r')
                _column = 0;
            else if (!char.IsControl(c))
                Put(c);
        }
    }

    private void Sequence(string parameters, char final)
    {
        switch (final)
        {
            case 'H':
                var parts = parameters.Split(';');
                _row = parts[0].Length == 0 ? 0 : int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) - 1;
                _column = parts.Length < 2 || parts[1].Length == 0 ? 0 : int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) - 1;
                _lowestRowUsed = Math.Max(_lowestRowUsed, _row);
                break;
            case 'J' when parameters == "2":
                foreach (var row in _cells)
                    Array.Fill(row, null);
                _lowestRowUsed = -1;
                Clears++;
                break;
            case 'K':
                Array.Fill(_cells[_row], null, _column, Width - _column);
                break;
        }
    }

    private void Put(char c)
    {
        var width = Columns.Of(c.ToString());
        _cells[_row][_column] = c.ToString();
        if (width == 2)
            _cells[_row][_column + 1] = "";
        _column += width;
        _lowestRowUsed = Math.Max(_lowestRowUsed, _row);
    }

    private static string?[][] NewGrid() => Enumerable.Range(0, Height).Select(_ => new string?[Width]).ToArray();
}
