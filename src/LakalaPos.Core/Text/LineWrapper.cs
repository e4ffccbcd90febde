using System.Globalization;

namespace LakalaPos.Core.Text;

/// <summary>
/// Greedy line breaking by display columns. English words stay whole when they can; Chinese may
/// break between any two characters, except that closing punctuation never starts a line and
/// opening punctuation never ends one (the usual 避头尾 rule); a break inside a run of Chinese
/// prefers the end of a clause (after "，" or ",") in the second half of the line, so
/// "网络未连接,请检查网络" wraps after the comma rather than mid-phrase. A word or a run of characters
/// too long for a line is broken between characters: text is moved, never dropped.
/// </summary>
internal static class LineWrapper
{
    private const string NoLineStart = ",.;:!?)]}%，。、；：！？）】」』》〉”’…·";
    private const string NoLineEnd = "([{（【「『《〈“‘";
    private const string ClauseEnd = ",;:，、；：。";

    public static IReadOnlyList<string> Wrap(string text, int columns)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
            WrapParagraph(paragraph, columns, lines);
        return lines;
    }

    private static void WrapParagraph(string paragraph, int columns, List<string> lines)
    {
        var elements = Split(paragraph);
        if (elements.Count == 0)
        {
            lines.Add("");
            return;
        }

        var start = 0;
        while (start < elements.Count)
        {
            var width = 0;
            var end = start;
            var lastBreak = -1;
            var lastClauseBreak = -1;
            while (end < elements.Count && width + elements[end].Width <= columns)
            {
                if (end > start && CanBreakBefore(elements, end))
                {
                    lastBreak = end;
                    if (IsClauseEnd(elements[end - 1]) && width * 2 >= columns)
                        lastClauseBreak = end;
                }
                width += elements[end].Width;
                end++;
            }

            if (end == elements.Count)
            {
                lines.Add(Join(elements, start, end));
                return;
            }

            // The element at `end` does not fit: break there if allowed, else at the last allowed
            // place, else (one long word) right there between two characters.
            var breakAt = CanBreakBefore(elements, end) || lastBreak <= start ? end : lastBreak;
            if (lastClauseBreak > start && !TouchesSpace(elements, breakAt))
                breakAt = lastClauseBreak;
            if (breakAt == start)
                breakAt = start + 1; // a line always takes at least one element, so the loop ends
            lines.Add(Join(elements, start, breakAt));

            // Spaces at a break are the break itself; the next line does not start with them.
            start = breakAt;
            while (start < elements.Count && elements[start].IsSpace)
                start++;
        }
    }

    private static bool CanBreakBefore(List<Element> elements, int index)
    {
        var previous = elements[index - 1];
        var current = elements[index];
        if (current.IsSpace || previous.IsSpace)
            return true;
        if (current.Text.Length == 1 && NoLineStart.Contains(current.Text[0]))
            return false;
        if (previous.Text.Length == 1 && NoLineEnd.Contains(previous.Text[0]))
            return false;
        return previous.Width == 2 || current.Width == 2;
    }

    private static bool IsClauseEnd(Element element) =>
        element.Text.Length == 1 && ClauseEnd.Contains(element.Text[0]);

    private static bool TouchesSpace(List<Element> elements, int breakAt) =>
        elements[breakAt].IsSpace || elements[breakAt - 1].IsSpace;

    private static string Join(List<Element> elements, int start, int end)
    {
        var line = string.Concat(elements.Skip(start).Take(end - start).Select(e => e.Text));
        return line.TrimEnd(' ');
    }

    private static List<Element> Split(string paragraph)
    {
        var elements = new List<Element>();
        var enumerator = StringInfo.GetTextElementEnumerator(paragraph);
        while (enumerator.MoveNext())
        {
            var text = enumerator.GetTextElement();
            elements.Add(new Element(text, CharacterWidth.OfElement(text)));
        }
        return elements;
    }

    private readonly record struct Element(string Text, int Width)
    {
        public bool IsSpace => Text == " ";
    }
}
