using System.Text;
using LakalaPos.Devices.Cards;
using LakalaPos.Devices.Ports;

namespace LakalaPos.Terminal.Bench;

/// <summary>The magnetic-stripe reader of `lakalapos devices`: a swipe of a test card is its track 2 as one ASCII line, <c>;PAN=YYMM…?</c> CR LF.</summary>
internal sealed class ReaderEnd(PseudoTerminal pty) : PtyEnd(pty, "card reader")
{
    /// <summary>Swipes the named test card; an unknown name is a <see cref="CardReadException"/> listing the known ones.</summary>
    public void Swipe(string name) => Send(Encoding.ASCII.GetBytes($";{TestCards.Find(name).Track2}?\r\n"));

    protected override void Received(ReadOnlySpan<byte> bytes)
    {
        // A reader takes no commands: whatever the terminal sends it is dropped.
    }
}
