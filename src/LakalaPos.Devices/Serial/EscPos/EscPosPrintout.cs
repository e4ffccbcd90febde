namespace LakalaPos.Devices.Serial.EscPos;

/// <summary>One printed line as it came out: its text and how it was styled. A QR code is a line holding the code's text.</summary>
public sealed record PrintedLine(
    string Text,
    bool Bold = false,
    int Width = 1,
    int Height = 1,
    PrintAlignment Alignment = PrintAlignment.Left,
    bool IsQrCode = false);

/// <summary>The lines between two paper cuts.</summary>
public sealed record PrintedReceipt(IReadOnlyList<PrintedLine> Lines)
{
    public IReadOnlyList<string> Texts => Lines.Select(line => line.Text).ToList();
}

/// <summary>
/// What a stream of ESC/POS bytes prints: the receipts (one per cut), the lines printed after the
/// last cut, how often the paper sensor was asked, and the commands the decoder did not know.
/// </summary>
public sealed record EscPosPrintout(
    IReadOnlyList<PrintedReceipt> Receipts,
    IReadOnlyList<PrintedLine> Uncut,
    int PaperStatusRequests,
    IReadOnlyList<string> Unknown);
