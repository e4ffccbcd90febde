using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests.Contract;

public abstract partial class JournalContract
{
    [Fact]
    public void Every_field_of_a_record_comes_back_exactly_as_written()
    {
        var record = Records.EveryFieldSet();

        var written = Insert(record);

        written.Id.Should().BePositive();
        Journal.Find(written.Id).Should().BeEquivalentTo(record with { Id = written.Id });
        Journal.Find(written.Id)!.LocalTime.Offset.Should().Be(TimeSpan.FromHours(8));
    }

    [Fact]
    public void A_record_with_every_optional_field_empty_comes_back_empty()
    {
        var bare = new TransactionRecord
        {
            Type = TransactionType.Balance,
            Status = TransactionStatus.Pending,
            Voucher = 1,
            Batch = 1,
            AmountFen = 0,
            OperatorNo = "01",
            LocalTime = Records.Morning,
        };

        var written = Insert(bare);

        Journal.Find(written.Id).Should().BeEquivalentTo(bare with { Id = written.Id });
    }

    [Fact]
    public void Every_enum_value_round_trips()
    {
        var types = Enum.GetValues<TransactionType>();
        var statuses = Enum.GetValues<TransactionStatus>();
        var reversals = Enum.GetValues<ReversalState>();
        var modes = Enum.GetValues<EntryMode>();
        var methods = Enum.GetValues<RefundMethod>();
        var count = new[] { types.Length, statuses.Length, reversals.Length, modes.Length, methods.Length }.Max();
        var records = Enumerable.Range(0, count).Select(i => Records.Sale(voucher: i + 1) with
        {
            Type = types[i % types.Length],
            Status = statuses[i % statuses.Length],
            ReversalState = reversals[i % reversals.Length],
            EntryMode = modes[i % modes.Length],
            RefundMethod = methods[i % methods.Length],
        }).ToArray();

        var written = Journal.Write("created", records);

        written.Select(r => Journal.Find(r.Id)).Should().BeEquivalentTo(written);
    }

    [Fact]
    public void Write_inserts_records_with_id_0_and_returns_them_with_new_distinct_ids()
    {
        var written = Journal.Write("created", Records.Sale(1), Records.Sale(2));

        written.Should().HaveCount(2);
        written.Select(r => r.Id).Should().OnlyHaveUniqueItems().And.AllSatisfy(id => id.Should().BePositive());
        written.Select(r => r.Voucher).Should().Equal(1, 2);
    }

    [Fact]
    public void Write_updates_a_record_that_has_an_id()
    {
        var pending = Insert(Records.Sale(5, status: TransactionStatus.Pending, reversal: ReversalState.Armed));
        var approved = pending with { Status = TransactionStatus.Approved, ReversalState = ReversalState.None, ResponseCode = "00", Rrn = "000000000005" };

        var result = Journal.Write("approved", approved);

        result.Should().Equal(approved);
        Journal.Find(pending.Id).Should().BeEquivalentTo(approved);
        Journal.ListBatch(1).Should().ContainSingle();
    }

    [Fact]
    public void Updating_an_id_that_is_not_in_the_journal_fails_and_writes_nothing()
    {
        var stranger = Records.Sale(9) with { Id = 12_345 };

        var write = () => Journal.Write("approved", stranger);

        write.Should().Throw<KeyNotFoundException>().WithMessage("*12345*");
        Journal.Find(12_345).Should().BeNull();
        Journal.History(12_345).Should().BeEmpty();
    }

    [Fact]
    public void A_multi_record_write_with_a_failing_record_in_the_middle_writes_nothing_at_all()
    {
        var sale = Insert(Records.Sale(1));
        var voided = sale with { Status = TransactionStatus.Voided };
        var voidRecord = Records.Sale(2) with { Type = TransactionType.Void, OrigVoucher = 1 };
        var unknown = Records.Sale(3) with { Id = 999_999 };

        var write = () => Journal.Write("void approved", voided, unknown, voidRecord);

        write.Should().Throw<KeyNotFoundException>();
        Journal.Find(sale.Id).Should().BeEquivalentTo(sale);
        Journal.ListBatch(1).Should().ContainSingle();
        Journal.History(sale.Id).Select(e => e.Event).Should().Equal("created");
    }

    [Fact]
    public void A_multi_record_write_whose_middle_record_is_invalid_writes_nothing_at_all()
    {
        var invalid = Records.Sale(2) with { OperatorNo = null! };

        var write = () => Journal.Write("created", Records.Sale(1), invalid, Records.Sale(3));

        write.Should().Throw<ArgumentException>().WithMessage("*record 2 of 3*operator*");
        Journal.Last().Should().BeNull();
    }

    [Fact]
    public void A_masked_pan_showing_the_full_card_number_is_refused_without_repeating_it()
    {
        var leaky = Records.Sale(1) with { MaskedPan = Records.TestPan };

        var write = () => Journal.Write("created", leaky);

        write.Should().Throw<ArgumentException>()
            .Where(e => e.Message.Contains("MaskedPan") && !e.Message.Contains(Records.TestPan));
        Journal.Last().Should().BeNull();
    }

    [Fact]
    public void A_write_needs_an_event_name()
    {
        var write = () => Journal.Write(" ", Records.Sale(1));

        write.Should().Throw<ArgumentException>();
        Journal.Last().Should().BeNull();
    }

    [Fact]
    public void An_undefined_enum_value_is_refused()
    {
        var odd = Records.Sale(1) with { Status = (TransactionStatus)42 };

        var write = () => Journal.Write("created", odd);

        write.Should().Throw<ArgumentException>().WithMessage("*TransactionStatus*");
    }

    [Fact]
    public void Each_written_record_gets_a_history_entry_with_the_event_its_status_and_the_clock_time()
    {
        var pending = Insert(Records.Sale(1, status: TransactionStatus.Pending, reversal: ReversalState.Armed), "sale sent");
        var firstAt = Clock.GetLocalNow();
        Clock.Advance(TimeSpan.FromSeconds(61));
        Journal.Write("timeout", pending with { ReversalState = ReversalState.Due, ReversalReason = "98" });
        Clock.Advance(TimeSpan.FromSeconds(5));
        Journal.Write("reversed", pending with { Status = TransactionStatus.Reversed, ReversalState = ReversalState.Done });

        Journal.History(pending.Id).Should().Equal(
            new JournalEntry(pending.Id, TransactionStatus.Pending, "sale sent", firstAt),
            new JournalEntry(pending.Id, TransactionStatus.Pending, "timeout", firstAt.AddSeconds(61)),
            new JournalEntry(pending.Id, TransactionStatus.Reversed, "reversed", firstAt.AddSeconds(66)));
    }

    [Fact]
    public void History_times_carry_the_terminal_local_offset()
    {
        var sale = Insert(Records.Sale(1));

        Journal.History(sale.Id).Single().At.Offset.Should().Be(TimeSpan.FromHours(8));
    }

    [Fact]
    public void History_of_one_record_does_not_include_another_records_entries()
    {
        var a = Insert(Records.Sale(1), "a created");
        var b = Insert(Records.Sale(2), "b created");
        Journal.Write("a printed", a with { PrintedCopies = 1 });

        Journal.History(a.Id).Select(e => e.Event).Should().Equal("a created", "a printed");
        Journal.History(b.Id).Select(e => e.Event).Should().Equal("b created");
        Journal.History(9_999).Should().BeEmpty();
    }

    [Fact]
    public void Records_written_together_share_one_history_time()
    {
        var written = Journal.Write("void approved", Records.Sale(1), Records.Sale(2));

        var times = written.Select(r => Journal.History(r.Id).Single().At).Distinct();

        times.Should().ContainSingle();
    }
}
