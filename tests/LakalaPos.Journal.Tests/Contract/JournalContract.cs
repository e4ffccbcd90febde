using LakalaPos.Core.Journal;
using LakalaPos.Journal.Tests.Support;

namespace LakalaPos.Journal.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IJournal"/> must have. To run it against an implementation,
/// derive a sealed class whose public parameterless constructor passes a factory that opens a
/// fresh, empty journal using the given clock.
/// </summary>
public abstract partial class JournalContract : IDisposable
{
    protected JournalContract(Func<TimeProvider, IJournal> openEmptyJournal)
    {
        Clock = new ManualClock(new DateTimeOffset(2025, 3, 14, 1, 0, 0, TimeSpan.Zero));
        Journal = openEmptyJournal(Clock);
    }

    protected ManualClock Clock { get; }

    protected IJournal Journal { get; }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
            Journal.Dispose();
    }

    /// <summary>Inserts one record and returns it with its id.</summary>
    protected TransactionRecord Insert(TransactionRecord record, string evt = "created") =>
        Journal.Write(evt, record).Single();
}
