using System.Text;
using LakalaPos.Devices.Text;

namespace LakalaPos.Devices.Serial.Vt100;

/// <summary>
/// The bytes that draw a screen on a VT100/ANSI console in place: attributes reset, cursor
/// hidden, screen cleared, then each row written at its own position (ESC [ row ; 1 H). No line
/// feed is ever sent, so the console never scrolls. Text is UTF-8, control characters dropped.
/// </summary>
public static class Vt100Frame
{
    public static byte[] Draw(IReadOnlyList<string> rows)
    {
        var frame = new StringBuilder("\e[0m\e[?25l\e[H\e[2J");
        for (var i = 0; i < rows.Count; i++)
            frame.Append("\e[").Append(i + 1).Append(";1H").Append(ControlCharacters.Strip(rows[i]));
        return Encoding.UTF8.GetBytes(frame.ToString());
    }
}
