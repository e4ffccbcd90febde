namespace LakalaPos.Profiles;

internal static class Hex
{
    public static bool IsHex(string text, int digits) => text.Length == digits && text.All(char.IsAsciiHexDigit);
}
