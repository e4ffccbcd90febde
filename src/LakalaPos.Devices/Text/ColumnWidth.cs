using System.Text;

namespace LakalaPos.Devices.Text;

/// <summary>
/// How many columns a character takes on a POS display or printer: two for East Asian wide and
/// full-width characters, none for combining marks and controls, one otherwise.
/// Stand-in: replace with LakalaPos.Core.Text.DisplayWidth once that lands, so the core lays out
/// and the devices wrap by the same rule.
/// </summary>
internal static class ColumnWidth
{
    public static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value < 0x20 || value is >= 0x7F and < 0xA0)
            return 0;
        var category = Rune.GetUnicodeCategory(rune);
        if (category is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.EnclosingMark
            or System.Globalization.UnicodeCategory.Format)
            return 0;
        return IsWide(value) ? 2 : 1;
    }

    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
            width += Of(rune);
        return width;
    }

    private static bool IsWide(int value) =>
        value is >= 0x1100 and <= 0x115F         // Hangul Jamo initials
            or >= 0x2E80 and <= 0x303E           // CJK radicals, punctuation
            or >= 0x3041 and <= 0x33FF           // kana, CJK symbols
            or >= 0x3400 and <= 0x4DBF           // CJK extension A
            or >= 0x4E00 and <= 0x9FFF           // CJK unified ideographs
            or >= 0xA000 and <= 0xA4CF           // Yi
            or >= 0xAC00 and <= 0xD7A3           // Hangul syllables
            or >= 0xF900 and <= 0xFAFF           // CJK compatibility ideographs
            or >= 0xFE30 and <= 0xFE4F           // CJK compatibility forms
            or >= 0xFF00 and <= 0xFF60           // full-width forms
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1F300 and <= 0x1F64F         // pictographs, emoticons
            or >= 0x1F900 and <= 0x1F9FF
            or >= 0x20000 and <= 0x3FFFD;        // CJK extensions B and later
}
