namespace LakalaPos.Devices.Text;

/// <summary>
/// Text bound for a device must not carry control characters: on a printer or a terminal they
/// are commands (a merchant name with an ESC in it could cut paper or move the cursor). They
/// take no columns, so dropping them leaves a laid-out row as wide as it was.
/// </summary>
internal static class ControlCharacters
{
    public static string Strip(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Where(c => !char.IsControl(c))) : text;
}
