using System.Runtime.CompilerServices;

// The tests run the migration runner with an extra, made-up migration to prove upgrades keep data.
[assembly: InternalsVisibleTo("LakalaPos.Journal.Tests")]
