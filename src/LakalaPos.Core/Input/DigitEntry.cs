using LakalaPos.Core.Hardware;

namespace LakalaPos.Core.Input;

/// <summary>Collects up to <see cref="MaxLength"/> digits: digits append, CLEAR takes the last one back.</summary>
public sealed class DigitEntry(int maxLength, bool masked) : IKeyEntry
{
    private readonly System.Text.StringBuilder _digits = new();

    public int MaxLength { get; } = maxLength;
    public bool Masked { get; } = masked;
    public int Length => _digits.Length;
    public string Value => _digits.ToString();

    /// <summary>What the screen shows: the digits, or one '*' per digit when masked.</summary>
    public string Shown => Masked ? new string('*', _digits.Length) : _digits.ToString();

    /// <summary>Takes a digit or CLEAR; returns false for any other key (left to the caller).</summary>
    public bool Accept(Key key)
    {
        if (key.IsDigit())
        {
            if (_digits.Length < MaxLength)
                _digits.Append(key.ToDigit());
            return true;
        }
        if (key == Key.Clear)
        {
            if (_digits.Length > 0)
                _digits.Length--;
            return true;
        }
        return false;
    }

    public void Reset() => _digits.Clear();
}
