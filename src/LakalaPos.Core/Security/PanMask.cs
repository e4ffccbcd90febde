namespace LakalaPos.Core.Security;

/// <summary>The only form in which a card number may be shown, printed or logged: first 6 and last 4 digits.</summary>
public static class PanMask
{
    public static string Mask(string pan)
    {
        if (pan.Length < 10)
            return new string('*', pan.Length);
        return string.Concat(pan.AsSpan(0, 6), new string('*', pan.Length - 10), pan.AsSpan(pan.Length - 4));
    }
}
