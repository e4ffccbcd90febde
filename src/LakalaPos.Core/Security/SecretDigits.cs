namespace LakalaPos.Core.Security;

/// <summary>
/// Digits that must never be shown or logged (a cardholder PIN, an operator password).
/// ToString gives stars, so an accidental log line or record print cannot leak them.
/// </summary>
public sealed class SecretDigits
{
    private readonly string _digits;

    public SecretDigits(string digits)
    {
        if (!digits.All(char.IsAsciiDigit))
            throw new ArgumentException("digits only", nameof(digits));
        _digits = digits;
    }

    public int Length => _digits.Length;

    /// <summary>The clear digits, for the one place that needs them (PIN block, password hash).</summary>
    public string Reveal() => _digits;

    public override string ToString() => new('*', _digits.Length);
}
