using LakalaPos.Devices.Ports;
using LakalaPos.Devices.Serial.EscPos;

namespace LakalaPos.Terminal.Bench;

/// <summary>
/// The ESC/POS printer of `lakalapos devices`: the bytes are decoded back into text
/// (<see cref="EscPosDecoder"/>) and each receipt is shown when it is cut; every paper sensor
/// request (DLE EOT 4) is answered "paper present".
/// </summary>
internal sealed class PrinterEnd(PseudoTerminal pty, TextWriter output) : PtyEnd(pty, "printer")
{
    private const int MaxKept = 1 << 20;
    private const byte PaperPresent = 0x12;
    private readonly List<byte> _bytes = [];
    private int _receiptsShown;
    private int _requestsAnswered;

    protected override void Received(ReadOnlySpan<byte> bytes)
    {
        _bytes.AddRange(bytes);
        var printout = EscPosDecoder.Decode(_bytes.ToArray());
        for (; _requestsAnswered < printout.PaperStatusRequests; _requestsAnswered++)
            Send([PaperPresent]);
        for (; _receiptsShown < printout.Receipts.Count; _receiptsShown++)
            Show(printout.Receipts[_receiptsShown]);
        if (_bytes.Count > MaxKept && printout.Uncut.Count == 0)
        {
            // Everything kept has been shown: start afresh rather than decode a growing history.
            _bytes.Clear();
            _receiptsShown = 0;
            _requestsAnswered = 0;
        }
    }

    private void Show(PrintedReceipt receipt)
    {
        lock (output)
        {
            output.WriteLine("┌─ receipt ──────────────────────");
            foreach (var line in receipt.Lines)
                output.WriteLine("│" + line.Text);
            output.WriteLine("└─ cut ──────────────────────────");
        }
    }
}
