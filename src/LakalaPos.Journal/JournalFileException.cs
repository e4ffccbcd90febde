namespace LakalaPos.Journal;

/// <summary>
/// The journal file cannot be used: it is not a LakalaPos journal, it is damaged, it was written
/// by newer software, it is behind the numbers already used, or it cannot be opened at all. The
/// message is one line that names the file and says what to do.
/// </summary>
public sealed class JournalFileException : IOException
{
    public JournalFileException(string filePath, string message, Exception? inner = null)
        : base(message, inner)
    {
        FilePath = filePath;
    }

    public string FilePath { get; }

    /// <summary>
    /// The file is sound but its batch and trace counters are missing or behind the numbers
    /// already used: <c>lakalapos journal recover-counters</c> can fix that.
    /// </summary>
    public bool CountersLost { get; init; }
}
