namespace LakalaPos.Core.Screens;

/// <summary>
/// A screen is data: logical lines of text. A display wraps a line that is too wide onto the
/// next rows rather than cutting it; how it draws them (LCD, VT100, emulator) is its own business.
/// </summary>
public sealed record Screen(IReadOnlyList<string> Lines)
{
    public static Screen Of(params string[] lines) => new(lines);

    /// <summary>All lines joined by line breaks, for logs and diagnostics.</summary>
    public string Text => string.Join('\n', Lines);

    public override string ToString() => Text;
}
