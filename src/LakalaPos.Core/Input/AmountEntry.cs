using System.Globalization;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Money;

namespace LakalaPos.Core.Input;

/// <summary>
/// Amount typed in fen, right to left, as real terminals do: 1 2 3 4 shows "12.34".
/// At most 10 digits; leading zeros are not kept.
/// </summary>
public sealed class AmountEntry : IKeyEntry
{
    public const int MaxDigits = 10;
    private readonly DigitEntry _digits = new(MaxDigits, masked: false);

    public long Fen => _digits.Length == 0 ? 0 : long.Parse(_digits.Value, CultureInfo.InvariantCulture);

    public string Shown => Money.Fen.Format(Fen);

    public bool Accept(Key key)
    {
        if (key == Key.D0 && _digits.Length == 0)
            return true;
        return _digits.Accept(key);
    }

    public void Reset() => _digits.Reset();
}
