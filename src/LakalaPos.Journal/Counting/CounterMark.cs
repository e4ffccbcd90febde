using System.Globalization;
using System.Text;
using LakalaPos.Journal.Files;

namespace LakalaPos.Journal.Counting;

/// <summary>
/// The high-water mark: a small file beside the journal (<c>journal.hwm</c> for <c>journal.db</c>)
/// holding the highest batch and trace numbers taken. It is written atomically and fsynced after
/// the journal commits a number and before that number goes on the wire, so a journal that lost
/// its tail, was emptied or was replaced by an older copy is found behind it at the next start.
/// </summary>
internal static class CounterMark
{
    private const string Header = """
        # LakalaPos: the highest batch and trace numbers this terminal has taken.
        # Written before a number is used. Never edit, copy or restore this file (lakalapos journal --help).
        """;

    public static string PathFor(string journalPath) => Path.ChangeExtension(journalPath, ".hwm");

    /// <summary>The mark, or null when there is none yet.</summary>
    /// <exception cref="InvalidDataException">The file is there but does not hold a mark.</exception>
    public static Counters? Read(string markPath)
    {
        if (!File.Exists(markPath))
            return null;
        int? batch = null;
        int? trace = null;
        foreach (var line in File.ReadAllLines(markPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts is [var name, var digits] && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                if (name == "batch")
                    batch = value;
                else if (name == "trace")
                    trace = value;
            }
        }

        if (batch is null || trace is null || !new Counters(batch.Value, trace.Value).InRange)
            throw new InvalidDataException("it does not hold a batch and a trace number");
        return new Counters(batch.Value, trace.Value);
    }

    public static void Write(string markPath, Counters counters, JournalDurability durability = JournalDurability.PowerCut) =>
        AtomicFile.Write(markPath, Encoding.ASCII.GetBytes(
            $"{Header}\nbatch {counters.Batch:D6}\ntrace {counters.LastTrace:D6}\n"), flushToDisk: durability == JournalDurability.PowerCut);
}
