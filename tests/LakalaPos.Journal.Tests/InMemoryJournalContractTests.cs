using LakalaPos.Journal.Tests.Contract;
using LakalaPos.Journal.Tests.Support;

namespace LakalaPos.Journal.Tests;

/// <summary>The test fake obeys the same contract, so tests elsewhere may trust it.</summary>
public sealed class InMemoryJournalContractTests : JournalContract
{
    public InMemoryJournalContractTests()
        : base(clock => new InMemoryJournal(clock))
    {
    }
}
