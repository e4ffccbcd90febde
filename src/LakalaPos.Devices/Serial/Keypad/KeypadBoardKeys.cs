using LakalaPos.Core.Hardware;

namespace LakalaPos.Devices.Serial.Keypad;

/// <summary>
/// The byte a keypad board sends for each key (docs/hardware.md): the digits as ASCII, CR for
/// ENTER, ESC for CANCEL, BS for CLEAR, and letters for the rest (U, D, M; P–S like a VT100's F1–F4).
/// </summary>
public static class KeypadBoardKeys
{
    public static IReadOnlyList<(byte Byte, Key Key)> Table { get; } =
    [
        ((byte)'0', Key.D0), ((byte)'1', Key.D1), ((byte)'2', Key.D2), ((byte)'3', Key.D3), ((byte)'4', Key.D4),
        ((byte)'5', Key.D5), ((byte)'6', Key.D6), ((byte)'7', Key.D7), ((byte)'8', Key.D8), ((byte)'9', Key.D9),
        (0x0D, Key.Enter), (0x1B, Key.Cancel), (0x08, Key.Clear),
        ((byte)'U', Key.Up), ((byte)'D', Key.Down), ((byte)'M', Key.Menu),
        ((byte)'P', Key.F1), ((byte)'Q', Key.F2), ((byte)'R', Key.F3), ((byte)'S', Key.F4),
    ];

    private static readonly Key?[] ByByte = BuildLookup();

    public static bool TryGetKey(byte b, out Key key)
    {
        key = ByByte[b].GetValueOrDefault();
        return ByByte[b].HasValue;
    }

    /// <summary>The byte a board sends for <paramref name="key"/>.</summary>
    public static byte ByteOf(Key key) => Table.First(entry => entry.Key == key).Byte;

    private static Key?[] BuildLookup()
    {
        var lookup = new Key?[256];
        foreach (var (b, key) in Table)
            lookup[b] = key;
        return lookup;
    }
}
