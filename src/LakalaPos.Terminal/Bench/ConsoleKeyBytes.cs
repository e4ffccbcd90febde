using System.Text;
using LakalaPos.Core.Hardware;

namespace LakalaPos.Terminal.Bench;

/// <summary>What a VT100/ANSI console sends for each POS key (the table of docs/hardware.md).</summary>
internal static class ConsoleKeyBytes
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
        Key.F1 => "\eOP",
        Key.F2 => "\eOQ",
        Key.F3 => "\eOR",
        Key.F4 => "\eOS",
        _ => "",
    });
}
