namespace LakalaPos.Journal.Checking;

/// <summary>One line of the journal check: what was looked at, whether it is sound, and what was found.</summary>
public sealed record JournalCheckItem(string Name, bool Ok, string Detail);

/// <summary>
/// What <see cref="JournalCheck"/> found. The check stops at the first problem, <see cref="Failure"/>;
/// <see cref="Problem"/> is then the one line to show (what is wrong and what to do), else null.
/// </summary>
public sealed record JournalCheckReport(string JournalPath, IReadOnlyList<JournalCheckItem> Items, JournalFileException? Failure)
{
    public string? Problem => Failure?.Message;
}
