using LakalaPos.Core.Hardware;
using LakalaPos.Core.Text;

namespace LakalaPos.Terminal.FullScreen;

/// <summary>The terminal's keypad drawn as five rows of keys, the key pressed last lit.</summary>
public static class KeypadPicture
{
    public const int Rows = 5;

    /// <summary>Columns a key takes: its label centred in 5, in brackets.</summary>
    private const int KeyWidth = 7;

    private static readonly Key[][] Layout =
    [
        [Key.F1, Key.F2, Key.F3, Key.F4],
        [Key.D1, Key.D2, Key.D3, Key.Up],
        [Key.D4, Key.D5, Key.D6, Key.Down],
        [Key.D7, Key.D8, Key.D9, Key.Menu],
        [Key.Cancel, Key.D0, Key.Clear, Key.Enter],
    ];

    /// <summary>Columns the picture takes.</summary>
    public static int Width => 4 * KeyWidth + 3;

    public static void Draw(Canvas canvas, int row, int column, Key? lit)
    {
        for (var r = 0; r < Layout.Length; r++)
        {
            for (var k = 0; k < Layout[r].Length; k++)
            {
                var key = Layout[r][k];
                canvas.Write(row + r, column + k * (KeyWidth + 1), $"[{DisplayWidth.Center(Label(key), KeyWidth - 2)}]", key == lit ? Ink.Lit : Ink.Plain);
            }
        }
    }

    public static string Label(Key key) => key switch
    {
        Key.Enter => "确认",
        Key.Cancel => "取消",
        Key.Clear => "清除",
        Key.Menu => "菜单",
        Key.Up => "UP",
        Key.Down => "DOWN",
        _ => key.Name(),
    };
}
