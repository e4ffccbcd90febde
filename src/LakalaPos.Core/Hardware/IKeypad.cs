namespace LakalaPos.Core.Hardware;

/// <summary>A keypad reports key presses; the core queues them and handles them one at a time.</summary>
public interface IKeypad
{
    event EventHandler<Key>? KeyPressed;
}
