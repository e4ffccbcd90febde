namespace LakalaPos.Journal;

/// <summary>
/// The journal file cannot be used: it is not a LakalaPos journal, it was written by newer
/// software, or it cannot be opened at all. The message always names the file.
/// </summary>
public sealed class JournalFileException : IOException
{
    public JournalFileException(string filePath, string message, Exception? inner = null)
        : base(message, inner)
    {
        FilePath = filePath;
    }

    public string FilePath { get; }
}
