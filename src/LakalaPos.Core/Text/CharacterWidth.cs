using System.Globalization;
using System.Text;

namespace LakalaPos.Core.Text;

/// <summary>
/// Column width of one character on a receipt printer or a terminal display: East Asian wide and
/// full-width characters take two columns, marks and controls none, everything else one.
/// </summary>
/// <remarks>
/// A compact table rather than the full Unicode East Asian Width data: it covers what a Chinese
/// POS terminal prints (CJK ideographs and punctuation, full-width forms, kana, hangul) and the
/// common emoji blocks, which printers and terminals also draw double-wide.
/// </remarks>
public static class CharacterWidth
{
    // Inclusive ranges, sorted, of code points drawn two columns wide.
    private static readonly (int First, int Last)[] WideRanges =
    [
        (0x1100, 0x115F),   // Hangul Jamo initial consonants
        (0x2E80, 0x303E),   // CJK radicals, Kangxi radicals, CJK symbols and punctuation (U+3000 space, 、。「」)
        (0x3040, 0x9FFF),   // kana, bopomofo, CJK strokes, enclosed CJK, Ext. A, unified ideographs
        (0xA000, 0xA4CF),   // Yi
        (0xA960, 0xA97F),   // Hangul Jamo extended A
        (0xAC00, 0xD7A3),   // Hangul syllables
        (0xF900, 0xFAFF),   // CJK compatibility ideographs
        (0xFE10, 0xFE19),   // vertical forms
        (0xFE30, 0xFE6F),   // CJK compatibility forms, small form variants
        (0xFF00, 0xFF60),   // full-width ASCII forms (，：！（）)
        (0xFFE0, 0xFFE6),   // full-width signs (￥ ￡)
        (0x1F300, 0x1F64F), // pictographs and emoticons
        (0x1F900, 0x1F9FF), // supplemental pictographs
        (0x20000, 0x3FFFD), // CJK extensions B and beyond
    ];

    /// <summary>True when the character takes two columns.</summary>
    public static bool IsWide(Rune rune)
    {
        var value = rune.Value;
        foreach (var (first, last) in WideRanges)
        {
            if (value < first)
                return false;
            if (value <= last)
                return true;
        }
        return false;
    }

    /// <summary>Columns taken by one character: 2 wide, 0 for combining marks and controls, else 1.</summary>
    public static int Of(Rune rune)
    {
        if (IsWide(rune))
            return 2;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Format or UnicodeCategory.Control => 0,
            _ => 1,
        };
    }

    /// <summary>
    /// Columns taken by one text element (a base character with its combining marks, or a
    /// surrogate pair, an emoji sequence): marks add nothing, and no element is drawn wider
    /// than two columns.
    /// </summary>
    public static int OfElement(string element)
    {
        var total = 0;
        foreach (var rune in element.EnumerateRunes())
            total += Of(rune);
        return Math.Min(total, 2);
    }
}
