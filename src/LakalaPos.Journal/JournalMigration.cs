namespace LakalaPos.Journal;

/// <summary>One forward-only schema step. Applied once, in its own transaction, never undone.</summary>
internal sealed record JournalMigration(int Version, string Description, string Sql);
