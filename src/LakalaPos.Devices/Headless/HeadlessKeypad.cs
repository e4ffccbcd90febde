using LakalaPos.Core.Hardware;

namespace LakalaPos.Devices.Headless;

/// <summary>A keypad pressed by code (tests, replay scripts). Each press is reported at once, on the caller's thread.</summary>
public sealed class HeadlessKeypad : IKeypad
{
    public event EventHandler<Key>? KeyPressed;

    public void Press(Key key)
    {
        if (!Enum.IsDefined(key))
            throw new ArgumentOutOfRangeException(nameof(key), key, "not a keypad key");
        KeyPressed?.Invoke(this, key);
    }

    public void Press(params Key[] keys)
    {
        foreach (var key in keys)
            Press(key);
    }
}
