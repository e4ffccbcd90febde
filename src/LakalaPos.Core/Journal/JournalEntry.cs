namespace LakalaPos.Core.Journal;

/// <summary>One status change in a transaction's history: what happened, when, to which status.</summary>
public sealed record JournalEntry(long TransactionId, TransactionStatus Status, string Event, DateTimeOffset At);
