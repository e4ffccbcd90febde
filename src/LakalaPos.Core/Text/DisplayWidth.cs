using System.Globalization;

namespace LakalaPos.Core.Text;

/// <summary>
/// Text measured and laid out in display columns, where a Chinese character takes two columns
/// and ASCII one (see <see cref="CharacterWidth"/>). Shared by the receipt renderer and the
/// display drivers. Nothing here ever cuts text: what does not fit goes onto the next line.
/// </summary>
public static class DisplayWidth
{
    /// <summary>Columns the text takes on one line.</summary>
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var total = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
            total += CharacterWidth.OfElement(enumerator.GetTextElement());
        return total;
    }

    /// <summary>
    /// Breaks text into lines of at most <paramref name="columns"/> columns. A line break in the
    /// text starts a new line; words stay whole where they can; a character is never split;
    /// spaces at a break are dropped and lines carry no trailing spaces. At least one line.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int columns)
    {
        ArgumentNullException.ThrowIfNull(text);
        RequireRoomForWideCharacter(columns);
        return LineWrapper.Wrap(text, columns);
    }

    /// <summary>Pads with spaces on the right to <paramref name="columns"/>; wider text comes back unchanged.</summary>
    public static string PadRight(string text, int columns) => text + Spaces(columns - Of(text));

    /// <summary>Pads with spaces on the left, aligning the text to the right; wider text comes back unchanged.</summary>
    public static string PadLeft(string text, int columns) => Spaces(columns - Of(text)) + text;

    /// <summary>Centers the text in <paramref name="columns"/> (an odd spare column goes right); wider text comes back unchanged.</summary>
    public static string Center(string text, int columns)
    {
        var spare = columns - Of(text);
        if (spare <= 0)
            return text;
        return Spaces(spare / 2) + text + Spaces(spare - spare / 2);
    }

    /// <summary>
    /// A "label ... value" line: the left text at the start and the right text at the end of one
    /// line when both fit with a space between. Otherwise the left text (wrapped if need be) comes
    /// first and the right text follows on its own line(s), as a block aligned to the right edge.
    /// An empty right text gives just the left text. Lines carry no trailing spaces.
    /// </summary>
    public static IReadOnlyList<string> LeftRight(string left, string right, int columns)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        RequireRoomForWideCharacter(columns);

        var leftWidth = Of(left);
        var rightWidth = Of(right);
        if (right.Length == 0)
            return LineWrapper.Wrap(left, columns);
        if (!left.Contains('\n') && !right.Contains('\n') && leftWidth + 1 + rightWidth <= columns)
            return [left + Spaces(columns - leftWidth - rightWidth) + right];

        var lines = left.Length == 0 ? new List<string>() : new List<string>(LineWrapper.Wrap(left, columns));
        lines.AddRange(RightAlignedBlock(right, columns));
        return lines;
    }

    /// <summary>
    /// Wraps the text and aligns the whole block to the right edge, keeping its lines left-aligned
    /// to each other, so a value wrapped over several lines still reads as one paragraph.
    /// </summary>
    public static IReadOnlyList<string> RightAlignedBlock(string text, int columns)
    {
        ArgumentNullException.ThrowIfNull(text);
        RequireRoomForWideCharacter(columns);
        var wrapped = LineWrapper.Wrap(text, columns);
        var indent = Spaces(columns - wrapped.Max(Of));
        return wrapped.Select(line => line.Length == 0 ? line : indent + line).ToList();
    }

    private static string Spaces(int count) => count > 0 ? new string(' ', count) : "";

    private static void RequireRoomForWideCharacter(int columns)
    {
        if (columns < 2)
            throw new ArgumentOutOfRangeException(nameof(columns), columns, "a line needs at least 2 columns to hold a Chinese character");
    }
}
