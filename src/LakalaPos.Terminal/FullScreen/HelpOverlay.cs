using LakalaPos.Core.Text;

namespace LakalaPos.Terminal.FullScreen;

/// <summary>The help drawn over the device (? or F10): every key of the full-screen console; any key closes it.</summary>
public static class HelpOverlay
{
    public static readonly IReadOnlyList<string> Lines =
    [
        "0-9             digits",
        "Enter           确认 ENTER         Esc        取消 CANCEL",
        "Backspace       清除 CLEAR         Tab        菜单 MENU",
        "Up / Down       UP / DOWN          F1-F4      F1-F4",
        "",
        "s / i / t, 1-5  swipe / insert / tap a test card:",
        "                " + KeyBindings.CardList,
        "r               take the inserted card out",
        "b               a bad swipe (a card that cannot be read)",
        "p               paper out / paper in",
        "",
        "o               host simulator offline / online",
        "x d n m g a     the host's next answer:",
        "                " + string.Join("  ", KeyBindings.HostKeys.Take(3).Select(k => $"{k.Key} {k.Short}")),
        "                " + string.Join("  ", KeyBindings.HostKeys.Skip(3).Select(k => $"{k.Key} {k.Short}")),
        "",
        "PgUp PgDn End   scroll the receipts",
        "? or F10        this help          q, Ctrl+C  quit",
    ];

    public const string Closing = "any key closes this help";

    public static void Draw(Canvas canvas)
    {
        var width = Math.Min(canvas.Width - 2, Lines.Max(DisplayWidth.Of) + 4);
        var height = Math.Min(canvas.Height - 2, Lines.Count + 4);
        var top = (canvas.Height - height) / 2;
        var left = (canvas.Width - width) / 2;
        for (var r = top; r < top + height; r++)
            canvas.Fill(r, left, width, Ink.Help);
        canvas.Box(top, left, width, height, "帮助 HELP", Ink.Help);
        for (var i = 0; i < Lines.Count && i < height - 4; i++)
            canvas.Write(top + 1 + i, left + 2, Lines[i], Ink.Help);
        canvas.Write(top + height - 2, left + 2, Closing, Ink.Help);
    }
}
