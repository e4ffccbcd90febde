using LakalaPos.Core.Hardware;

namespace LakalaPos.Core.Input;

/// <summary>A field typed on the keypad (digits, an amount): it takes the keys it understands and says so.</summary>
public interface IKeyEntry
{
    /// <summary>Takes a digit or CLEAR; returns false for any other key (left to the step's rules).</summary>
    bool Accept(Key key);
}
