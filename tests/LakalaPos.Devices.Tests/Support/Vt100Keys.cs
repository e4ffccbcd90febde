using System.Text;
using LakalaPos.Core.Hardware;

namespace LakalaPos.Devices.Tests.Support;

/// <summary>What a VT100/ANSI console sends for each POS key (the test's side of the key table).</summary>
internal static class Vt100Keys
{
    public static byte[] Of(Key key) => Encoding.ASCII.GetBytes(key switch
    {
        _ when key.IsDigit() => key.ToDigit().ToString(),
        Key.Enter => "\r",
        Key.Cancel => "\e",
        Key.Clear => "\x7f",
        Key.Up => "\e[A",
        Key.Down => "\e[B",
        Key.Menu => "\t",
        _ => "\eO" + (char)('P' + (key - Key.F1)),
    });
}
