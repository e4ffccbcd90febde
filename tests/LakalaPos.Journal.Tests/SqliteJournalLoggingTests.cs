using FluentAssertions;
using LakalaPos.Core.Journal;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests;

/// <summary>One log line per write, saying what changed, and never the card number in any form.</summary>
public sealed class SqliteJournalLoggingTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualClock _clock = new(Records.Morning);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Each_write_logs_one_line_with_the_event_ids_vouchers_and_statuses()
    {
        var (log, lines) = Logs.Capturing();
        using var journal = SqliteJournal.Open(_directory.File("journal.db"), log, _clock);

        var written = journal.Write("void approved",
            Records.Sale(12, status: TransactionStatus.Voided),
            Records.Sale(13) with { Type = TransactionType.Void, OrigVoucher = 12 });

        var writeLines = lines.All.Where(l => l.Contains("void approved")).ToList();
        writeLines.Should().ContainSingle();
        writeLines[0].Should().Contain($"id {written[0].Id} Sale voucher 000012 batch 000001 Voided")
            .And.Contain($"id {written[1].Id} Void voucher 000013 batch 000001 Approved");
    }

    [Fact]
    public void No_log_line_holds_the_card_number_or_its_ciphertext()
    {
        var (log, lines) = Logs.Capturing();
        using (var journal = SqliteJournal.Open(_directory.File("journal.db"), log, _clock))
        {
            var sale = journal.Write("sale sent", Records.Sale(1)).Single();
            journal.Write("approved", sale with { Status = TransactionStatus.Approved });
            journal.Invoking(j => j.Write("broken", Records.Sale(2) with { Id = 77 })).Should().Throw<KeyNotFoundException>();
            journal.SimulatePowerLoss();
        }

        var cipherForms = new[]
        {
            Convert.ToHexString(Records.TestPanCipher),
            Convert.ToBase64String(Records.TestPanCipher),
            string.Join(", ", Records.TestPanCipher),
        };
        lines.All.Should().NotBeEmpty().And.AllSatisfy(line =>
        {
            line.Should().NotContain(Records.TestPan);
            foreach (var form in cipherForms)
                line.Should().NotContainEquivalentOf(form);
        });
    }

    [Fact]
    public void A_failed_write_logs_a_warning_that_nothing_was_written()
    {
        var (log, lines) = Logs.Capturing();
        using var journal = SqliteJournal.Open(_directory.File("journal.db"), log, _clock);

        journal.Invoking(j => j.Write("approved", Records.Sale(1) with { Id = 5 })).Should().Throw<KeyNotFoundException>();

        lines.All.Should().ContainSingle(l => l.StartsWith("Warning") && l.Contains("approved") && l.Contains("nothing written"));
    }
}
