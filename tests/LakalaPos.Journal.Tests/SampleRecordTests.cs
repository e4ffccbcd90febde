using FluentAssertions;
using LakalaPos.Core.Journal;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests;

/// <summary>Keeps the round-trip tests honest when TransactionRecord gains a property.</summary>
public sealed class SampleRecordTests
{
    [Fact]
    public void The_every_field_sample_sets_every_property_except_Id_to_a_non_default_value()
    {
        var sample = Records.EveryFieldSet();
        var allDefaults = new TransactionRecord
        {
            Type = default,
            Status = default,
            Voucher = default,
            Batch = default,
            AmountFen = default,
            OperatorNo = null!,
            LocalTime = default,
        };

        var unset = typeof(TransactionRecord).GetProperties()
            .Where(p => p.Name != nameof(TransactionRecord.Id))
            .Where(p => Equals(p.GetValue(sample), p.GetValue(allDefaults)))
            .Select(p => p.Name);

        unset.Should().BeEmpty("a property left at its default would pass the round-trip test even if it were never stored");
    }
}
