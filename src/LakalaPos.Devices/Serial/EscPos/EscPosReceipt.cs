using LakalaPos.Devices.Text;

namespace LakalaPos.Devices.Serial.EscPos;

/// <summary>
/// A receipt as ESC/POS bytes: initialize, Chinese mode, the rows, feed and cut. The rows are the
/// ones the headless printer keeps (lines wrapped to the paper's columns, a Chinese character
/// taking two), so the printer never wraps on its own and what tests see is what comes out.
/// The first row, the slip's title, is bold.
/// </summary>
public static class EscPosReceipt
{
    public static byte[] Encode(IReadOnlyList<string> lines, int columns)
    {
        var rows = RowWrapper.Wrap(lines, columns);
        var writer = new EscPosWriter().Initialize().ChineseMode();
        for (var i = 0; i < rows.Count; i++)
        {
            if (i == 0)
                writer.Bold(true).Line(rows[i]).Bold(false);
            else
                writer.Line(rows[i]);
        }
        return writer.Cut().ToArray();
    }
}
