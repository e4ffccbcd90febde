using System.Globalization;
using System.Text;
using LakalaPos.Core.Text;

namespace LakalaPos.Terminal.FullScreen;

/// <summary>
/// One frame of the full-screen console: a grid of cells the size of the terminal, written with
/// text at a row and column (a Chinese character takes two cells; what falls off the right edge
/// is not drawn), then turned into one string of ANSI escape sequences that draws it whole.
/// </summary>
public sealed class Canvas
{
    // A cell never written is a space; the right half of a wide character is "".
    private readonly string[][] _text;
    private readonly Ink[][] _ink;

    public Canvas(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
        _text = Enumerable.Range(0, height).Select(_ => Enumerable.Repeat(" ", width).ToArray()).ToArray();
        _ink = Enumerable.Range(0, height).Select(_ => new Ink[width]).ToArray();
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Writes <paramref name="text"/> from (<paramref name="row"/>, <paramref name="column"/>); returns the column after it.</summary>
    public int Write(int row, int column, string text, Ink ink = Ink.Plain)
    {
        if (row < 0 || row >= Height)
            return column;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var width = element.Length == 1 && char.IsControl(element[0]) ? 0 : CharacterWidth.OfElement(element);
            if (width == 0)
                continue;
            if (column >= 0 && column + width <= Width)
            {
                Clear(row, column);
                _text[row][column] = element;
                _ink[row][column] = ink;
                if (width == 2)
                {
                    Clear(row, column + 1);
                    _text[row][column + 1] = "";
                    _ink[row][column + 1] = ink;
                }
            }
            else if (column >= 0 && column < Width)
                Put(row, column, " ", ink);
            column += width;
        }
        return column;
    }

    /// <summary>Fills <paramref name="count"/> cells of a row with spaces of the given ink.</summary>
    public void Fill(int row, int column, int count, Ink ink)
    {
        for (var c = Math.Max(column, 0); c < Math.Min(column + count, Width); c++)
            Put(row, c, " ", ink);
    }

    /// <summary>A frame of ASCII lines (robust in every terminal and locale) around the rectangle given, with a title in its top edge.</summary>
    public void Box(int row, int column, int width, int height, string title = "", Ink ink = Ink.Dim)
    {
        var horizontal = new string('-', Math.Max(width - 2, 0));
        Write(row, column, "+" + horizontal + "+", ink);
        Write(row + height - 1, column, "+" + horizontal + "+", ink);
        for (var r = row + 1; r < row + height - 1; r++)
        {
            Write(r, column, "|", ink);
            Write(r, column + width - 1, "|", ink);
        }
        if (title.Length > 0)
            Write(row, column + 2, $" {title} ", ink);
    }

    /// <summary>The text of a row as it shows (for tests and diagnosis).</summary>
    public string RowText(int row) => string.Concat(_text[row]);

    /// <summary>
    /// The whole frame as one string: each row positioned (ESC [ r ; 1 H) and written across the
    /// full width, attributes switched only where they change and reset at the end. The bottom
    /// right cell is left alone so no terminal scrolls.
    /// </summary>
    public string ToAnsi()
    {
        var ansi = new StringBuilder(Width * Height * 2);
        for (var row = 0; row < Height; row++)
        {
            ansi.Append("\e[").Append(row + 1).Append(";1H");
            Ink? current = null;
            var end = row == Height - 1 ? Width - 1 : Width;
            for (var column = 0; column < end; column++)
            {
                var text = _text[row][column];
                if (text.Length == 0)
                    continue;
                if (column + 1 == end && CharacterWidth.OfElement(text) == 2)
                    text = " ";
                if (_ink[row][column] != current)
                {
                    current = _ink[row][column];
                    ansi.Append(Sgr(current.Value));
                }
                ansi.Append(text);
            }
            ansi.Append("\e[0m");
        }
        return ansi.ToString();
    }

    private static string Sgr(Ink ink) => ink switch
    {
        Ink.Bar => "\e[0;7m",
        Ink.Lcd => "\e[0;30;42m",
        Ink.Lit => "\e[0;1;7m",
        Ink.Dim => "\e[0;2m",
        Ink.Alert => "\e[0;1;31m",
        Ink.Help => "\e[0;30;47m",
        _ => "\e[0m",
    };

    private void Put(int row, int column, string text, Ink ink)
    {
        Clear(row, column);
        _text[row][column] = text;
        _ink[row][column] = ink;
    }

    // Overwriting one half of a wide character leaves a space in the other half.
    private void Clear(int row, int column)
    {
        if (_text[row][column].Length == 0 && column > 0)
            _text[row][column - 1] = " ";
        else if (column + 1 < Width && _text[row][column + 1].Length == 0 && _text[row][column].Length > 0
            && CharacterWidth.OfElement(_text[row][column]) == 2)
            _text[row][column + 1] = " ";
    }
}
