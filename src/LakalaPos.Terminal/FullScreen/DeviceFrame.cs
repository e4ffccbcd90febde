using LakalaPos.Core.Text;

namespace LakalaPos.Terminal.FullScreen;

/// <summary>
/// Lays the device out on a terminal of any size from 80 × 24 up: a title bar; on the left the
/// LCD (the profile's rows × columns), the keypad and the keys of the card slot, paper and host;
/// on the right the receipt paper (the latest rows, or scrolled back); a message line and a status
/// line (host, paper, card in the slot, data folder). A terminal too small gets a line saying so.
/// </summary>
public static class DeviceFrame
{
    private const int Margin = 1;
    private const int LegendRows = 4;

    public static Canvas Draw(FrameModel model, int width, int height)
    {
        var canvas = new Canvas(Math.Max(width, 1), Math.Max(height, 1));
        var leftWidth = Math.Max(model.LcdColumns + 2, 35);
        var needWidth = Margin + leftWidth + 1 + 24;
        var needHeight = model.LcdHeight + 16;
        if (width < needWidth || height < needHeight)
        {
            canvas.Write(0, 0, $"LakalaPos: the window is {width} x {height}; it needs {needWidth} x {needHeight}.", Ink.Alert);
            canvas.Write(1, 0, "Make it bigger, or press q to quit.");
            return canvas;
        }
        TitleBar(canvas, model);
        var lcdBottom = Lcd(canvas, model, 1, Margin);
        var keypadRow = lcdBottom + 2;
        KeypadPicture.Draw(canvas, keypadRow, Margin + 1, model.LitKey);
        Legend(canvas, keypadRow + KeypadPicture.Rows, Margin);
        var paperLeft = Margin + leftWidth + 1;
        Paper(canvas, model, 1, paperLeft, width - paperLeft - Margin, height - 3);
        canvas.Write(height - 2, Margin, model.Message, model.MessageIsAlert ? Ink.Alert : Ink.Plain);
        StatusBar(canvas, model, height - 1);
        if (model.HelpOpen)
            HelpOverlay.Draw(canvas);
        return canvas;
    }

    private static void TitleBar(Canvas canvas, FrameModel model)
    {
        canvas.Fill(0, 0, canvas.Width, Ink.Bar);
        canvas.Write(0, 1, $"LakalaPos 拉卡拉 POS - profile {model.ProfileName}", Ink.Bar);
        const string keys = "? help   q quit";
        canvas.Write(0, canvas.Width - keys.Length - 1, keys, Ink.Bar);
    }

    /// <summary>Draws the LCD's frame and glass; returns the row of its bottom edge.</summary>
    private static int Lcd(Canvas canvas, FrameModel model, int row, int column)
    {
        var height = model.LcdHeight + 2;
        canvas.Box(row, column, model.LcdColumns + 2, height, "LCD");
        for (var r = 0; r < model.LcdHeight; r++)
        {
            canvas.Fill(row + 1 + r, column + 1, model.LcdColumns, Ink.Lcd);
            if (r < model.LcdRows.Count)
                canvas.Write(row + 1 + r, column + 1, model.LcdRows[r], Ink.Lcd);
        }
        if (model.LcdRows.Count > model.LcdHeight)
            canvas.Write(row + height - 1, column + 2, $" +{model.LcdRows.Count - model.LcdHeight} rows ", Ink.Alert);
        return row + height - 1;
    }

    private static void Legend(Canvas canvas, int row, int column)
    {
        string[] lines =
        [
            "s/i/t + 1-5  swipe/insert/tap card",
            "r remove  b bad swipe  p paper",
            "o host on/off  x timeout  d decl.51",
            "Esc 取消 Bksp 清除 Tab 菜单 ? help",
        ];
        for (var i = 0; i < LegendRows; i++)
            canvas.Write(row + i, column, lines[i], Ink.Dim);
    }

    private static void Paper(Canvas canvas, FrameModel model, int row, int column, int width, int bottom)
    {
        var height = bottom - row + 1;
        var title = model.PaperColumns is null ? "打印纸 RECEIPTS: no printer" : "打印纸 RECEIPTS";
        canvas.Box(row, column, width, height, title);
        if (model.PaperColumns is not { } paperColumns)
            return;
        var inner = width - 2;
        var rows = paperColumns <= inner ? model.Paper : PaperFit.Fit(model.Paper, inner);
        var visible = height - 2;
        var scroll = Math.Clamp(model.PaperScroll, 0, Math.Max(rows.Count - visible, 0));
        var end = rows.Count - scroll;
        var start = Math.Max(end - visible, 0);
        var left = column + 1 + Math.Max((inner - paperColumns) / 2, 0);
        for (var i = start; i < end; i++)
            canvas.Write(row + 1 + visible - (end - i), left, rows[i]);
        if (scroll > 0)
            canvas.Write(row + height - 1, column + 2, $" {scroll} rows back - End: latest ", Ink.Alert);
        if (!model.HasPaper)
            canvas.Write(row + height - 1, column + width - 18, " 缺纸 PAPER OUT ", Ink.Alert);
    }

    private static void StatusBar(Canvas canvas, FrameModel model, int row)
    {
        canvas.Fill(row, 0, canvas.Width, Ink.Bar);
        var status = $" host {model.Host} | paper {(model.HasPaper ? "in" : "OUT")} | slot {model.CardInSlot ?? "empty"} | data ";
        var column = canvas.Write(row, 0, status, Ink.Bar);
        var room = canvas.Width - column - 2;
        var data = model.DataDirectory;
        if (DisplayWidth.Of(data) > room && room > 3)
            data = "..." + data[^(room - 3)..];
        canvas.Write(row, column, data, Ink.Bar);
        if (model.HostOffline)
            canvas.Write(row, 6, model.Host, Ink.Alert);
    }
}
