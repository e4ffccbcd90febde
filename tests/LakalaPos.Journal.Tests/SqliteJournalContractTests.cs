using LakalaPos.Journal.Tests.Contract;
using LakalaPos.Journal.Tests.Support;

namespace LakalaPos.Journal.Tests;

/// <summary>Runs the whole <see cref="JournalContract"/> against a fresh journal file.</summary>
public sealed class SqliteJournalContractTests : JournalContract
{
    private readonly TempDirectory _directory;

    public SqliteJournalContractTests()
        : this(new TempDirectory())
    {
    }

    private SqliteJournalContractTests(TempDirectory directory)
        : base(clock => SqliteJournal.Open(directory.File("journal.db"), Logs.Silent, clock))
    {
        _directory = directory;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _directory.Dispose();
    }
}
