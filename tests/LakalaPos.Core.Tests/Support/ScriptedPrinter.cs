using LakalaPos.Core.Hardware;

namespace LakalaPos.Core.Tests.Support;

/// <summary>A printer that keeps what it printed and answers as the test says: printed, paper out, or an exception; its self-test says what the test sets.</summary>
internal sealed class ScriptedPrinter : IReceiptPrinter, ISelfTest
{
    public List<IReadOnlyList<string>> Printed { get; } = [];
    public Queue<Func<PrintOutcome>> Next { get; } = new();
    public int Columns => 32;
    public bool HasPaper => true;
    public DeviceHealth Health { get; set; } = DeviceHealth.Ready("scripted");

    public DeviceHealth CheckHealth() => Health;

    public event EventHandler<bool>? PaperChanged { add { } remove { } }

    public PrintOutcome Print(IReadOnlyList<string> lines)
    {
        var outcome = Next.TryDequeue(out var next) ? next() : PrintOutcome.Printed;
        if (outcome == PrintOutcome.Printed)
            Printed.Add(lines);
        return outcome;
    }
}
