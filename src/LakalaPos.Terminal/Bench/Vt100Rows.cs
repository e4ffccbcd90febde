using System.Globalization;
using System.Text;
using LakalaPos.Core.Text;

namespace LakalaPos.Terminal.Bench;

/// <summary>
/// The rows a VT100 console shows after the bytes it was sent, as far as the terminal's display
/// driver uses it: cursor positioning (ESC [ row ; col H), clear (ESC [ 2 J), CR and LF; other
/// sequences (attributes, cursor visibility) change nothing. UTF-8 split across reads is kept
/// whole; a Chinese character takes two cells.
/// </summary>
internal sealed class Vt100Rows
{
    private const int Width = 120;
    private const int Height = 60;
    private readonly Decoder _utf8 = Encoding.UTF8.GetDecoder();
    private readonly string?[][] _cells = Enumerable.Range(0, Height).Select(_ => new string?[Width]).ToArray();
    private readonly StringBuilder _sequence = new();
    private bool _inEscape;
    private int _row;
    private int _column;
    private int _lowest = -1;

    public void Feed(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[_utf8.GetCharCount(bytes, flush: false)];
        _utf8.GetChars(bytes, chars, flush: false);
        foreach (var c in chars)
            Take(c);
    }

    public IReadOnlyList<string> Rows() => _cells.Take(_lowest + 1).Select(row =>
    {
        var end = Array.FindLastIndex(row, cell => cell is not null) + 1;
        return string.Concat(row.Take(end).Select(cell => cell ?? " "));
    }).ToList();

    private void Take(char c)
    {
        if (_inEscape)
        {
            _sequence.Append(c);
            if (_sequence.Length == 1 && c != '[')
                _inEscape = false; // ESC x: not a sequence the display sends
            else if (_sequence.Length > 1 && c is >= '@' and <= '~')
            {
                _inEscape = false;
                Sequence(_sequence.ToString(1, _sequence.Length - 2), c);
            }
            else if (_sequence.Length > 32)
                _inEscape = false;
            return;
        }
        switch (c)
        {
            case '\e':
                _inEscape = true;
                _sequence.Clear();
                break;
            case '\n':
                _row = Math.Min(_row + 1, Height - 1);
                break;
            case '\r':
                _column = 0;
                break;
            default:
                if (!char.IsControl(c))
                    Put(c);
                break;
        }
    }

    private void Sequence(string parameters, char final)
    {
        if (final == 'H')
        {
            var parts = parameters.Split(';');
            _row = Math.Clamp(Number(parts[0]) - 1, 0, Height - 1);
            _column = Math.Clamp(parts.Length > 1 ? Number(parts[1]) - 1 : 0, 0, Width - 1);
        }
        else if (final == 'J' && parameters == "2")
        {
            foreach (var row in _cells)
                Array.Fill(row, null);
            _lowest = -1;
        }
    }

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;

    private void Put(char c)
    {
        var width = CharacterWidth.Of(new Rune(char.IsSurrogate(c) ? '?' : c));
        if (_column + width > Width)
            return;
        _cells[_row][_column] = c.ToString();
        if (width == 2)
            _cells[_row][_column + 1] = "";
        _column += width;
        _lowest = Math.Max(_lowest, _row);
    }
}
