using LakalaPos.Core.Hardware;

namespace LakalaPos.Emulator.Web.Devices;

/// <summary>
/// The keypad drawn in the browser, clicked or typed on in any page. A press is reported on the
/// thread that applies it (the engine's: the server posts it there). Which key was pressed is
/// never put on the board, so a PIN typed in one tab does not show in another.
/// </summary>
public sealed class BrowserKeypad : IKeypad
{
    public event EventHandler<Key>? KeyPressed;

    public void Press(Key key)
    {
        if (!Enum.IsDefined(key))
            throw new ArgumentOutOfRangeException(nameof(key), key, "not a keypad key");
        KeyPressed?.Invoke(this, key);
    }
}
