using System.Runtime.CompilerServices;

// The tests run the migration runner with an extra, made-up migration to prove upgrades keep data.
[assembly: InternalsVisibleTo("LakalaPos.Journal.Tests")]

// The core's tests run flows on InMemoryJournal (tests/LakalaPos.Journal.Tests/Support), which checks input with JournalInputRules.
[assembly: InternalsVisibleTo("LakalaPos.Core.Tests")]

// The engine-step benchmark (src/LakalaPos.Benchmarks) runs on the same InMemoryJournal, with no I/O.
[assembly: InternalsVisibleTo("LakalaPos.Benchmarks")]
