using FluentAssertions;
using LakalaPos.Core.Ecr;
using LakalaPos.Core.Journal;
using LakalaPos.Journal.Checking;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests;

/// <summary>Register orders in the journal file: migration 6, how items are kept, and what a damaged item does.</summary>
public sealed class SqliteJournalOrderTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualClock _clock = new(Records.Morning);

    private string JournalPath => _directory.File("journal.db");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Migration_6_on_a_journal_of_version_5_keeps_its_records_and_then_takes_orders()
    {
        using (var version5 = SqliteJournal.Open(JournalPath, Logs.Silent, _clock, JournalMigrations.All.Take(5).ToList()))
        {
            version5.SchemaVersion.Should().Be(5);
            version5.NextTrace();
        }
        // A sale as software of schema version 5 wrote it: it had no order columns.
        RawDatabase.Execute(JournalPath, """
            INSERT INTO transactions (type, status, voucher, batch, amount_fen, operator_no, local_time, masked_pan, pin_entered,
                                      response_code, rrn, reversal_state, reversal_attempts, printed_copies)
            VALUES ('Sale', 'Approved', 1, 1, 1234, '01', '2025-03-14T09:31:15.0000000+08:00', '622202*********3446', 0,
                    '00', '000000000001', 'None', 0, 1)
            """);

        using var journal = Open();

        journal.SchemaVersion.Should().Be(6);
        journal.FindByVoucher(1).Should().BeEquivalentTo(new TransactionRecord
        {
            Id = 1, Type = TransactionType.Sale, Status = TransactionStatus.Approved, Voucher = 1, Batch = 1, AmountFen = 1234, OperatorNo = "01",
            LocalTime = Records.Morning.AddMinutes(1), MaskedPan = Records.TestPanMasked, ResponseCode = "00", Rrn = "000000000001", PrintedCopies = 1,
        });
        journal.HoldsOrders().Should().BeFalse();
        journal.NextTrace().Should().Be(2);
        var order = journal.Write("sale", Records.OrderSale(2)).Single();
        journal.ListByOrder("A1001").Should().ContainSingle().Which.Should().BeEquivalentTo(order);
        RawDatabase.Scalar(JournalPath, "SELECT description FROM schema_version WHERE version = 6").Should().Be(JournalMigrations.All[5].Description);
    }

    [Fact]
    public void An_orders_items_and_register_requests_survive_closing_and_reopening_and_a_power_loss()
    {
        var request = new EcrRequestRecord("R1", EcrRequestKind.Sale, "A1001", Records.Morning, Answer: null);
        long saleId;
        using (var journal = Open())
        {
            saleId = journal.Write("sale", Records.OrderSale(1)).Single().Id;
            journal.SaveEcrRequest(request);
        }

        var reopened = Open();
        reopened.Find(saleId)!.Items.Should().Equal(Records.OrderItems);
        var refundId = reopened.Write("refund", Records.OrderRefund(2)).Single().Id;
        reopened.SimulatePowerLoss();

        using var afterPowerLoss = Open();
        afterPowerLoss.ListByOrder("A1001").Select(r => r.Items!.Count).Should().Equal(3, 1);
        afterPowerLoss.Find(refundId)!.Items.Should().Equal(new OrderItem("可口可乐 330ml", 1, 350));
        afterPowerLoss.FindEcrRequest("R1").Should().BeEquivalentTo(request);
        afterPowerLoss.HoldsOrders().Should().BeTrue();
    }

    [Fact]
    public void Items_are_kept_one_row_each_numbered_in_order_with_prices_in_integer_fen()
    {
        using var journal = Open();
        var id = journal.Write("sale", Records.OrderSale(1)).Single().Id;

        var rows = Enumerable.Range(1, 3)
            .Select(line => RawDatabase.Row(JournalPath, $"SELECT name, quantity, typeof(unit_price_fen), unit_price_fen FROM transaction_items WHERE transaction_id = {id} AND line = {line}"));

        rows.Should().BeEquivalentTo(
            new object[][] { ["可口可乐 330ml", 2L, "integer", 350L], ["全麦面包", 1L, "integer", 1200L], ["Chewing gum", 3L, "integer", 99L] },
            o => o.WithStrictOrdering());
        RawDatabase.Row(JournalPath, $"SELECT order_no, ecr_request FROM transactions WHERE id = {id}").Should().Equal("A1001", "R1");
    }

    [Fact]
    public void A_refused_item_leaves_neither_the_record_nor_any_item_in_the_file()
    {
        using var journal = Open();
        var bad = Records.OrderSale(1) with { Items = [.. Records.OrderItems, new OrderItem("坏", 0, 1)] };

        var write = () => journal.Write("sale", bad);

        write.Should().Throw<ArgumentException>();
        RawDatabase.Scalar(JournalPath, "SELECT count(*) FROM transactions").Should().Be(0L);
        RawDatabase.Scalar(JournalPath, "SELECT count(*) FROM transaction_items").Should().Be(0L);
    }

    [Theory]
    [InlineData("DELETE FROM transaction_items WHERE line = 2", "item line 2 is missing")]
    [InlineData("PRAGMA ignore_check_constraints = 1; UPDATE transaction_items SET quantity = 0 WHERE line = 3", "item line 3 holds quantity 0")]
    [InlineData("UPDATE transaction_items SET quantity = 4294967296 WHERE line = 1", "")]
    public void A_record_whose_items_cannot_be_read_is_read_without_them_with_a_warning_and_still_counts(string damage, string problem)
    {
        var (log, lines) = Logs.Capturing();
        using var journal = SqliteJournal.Open(JournalPath, log, _clock);
        var plain = journal.Write("sale", Records.Sale(1)).Single();
        var sale = journal.Write("sale", Records.OrderSale(2)).Single();
        var other = journal.Write("sale", Records.OrderSale(3, "B2002", "R2")).Single();
        RawDatabase.Execute(JournalPath, $"{damage} AND transaction_id = {sale.Id}");

        journal.Find(sale.Id).Should().BeEquivalentTo(sale with { Items = null });
        journal.ListBatch(1).Select(r => r.Items?.Count).Should().Equal(3, null, null);
        journal.Find(other.Id)!.Items.Should().Equal(Records.OrderItems, "one record's damaged items do not touch another's");
        journal.ListUnreadable(1).Should().BeEmpty("the record itself is sound");
        journal.Totals(1).Should().Be(BatchTotals.Of([plain, sale, other]));
        lines.All.Should().Contain(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("items of record id " + sale.Id)
            && l.Contains("000002") && l.Contains(problem));
    }

    [Fact]
    public void A_register_request_keeps_its_answer_columns_NULL_until_it_is_answered_and_enums_by_name()
    {
        using var journal = Open();
        var request = new EcrRequestRecord("R1", EcrRequestKind.Sale, "A1001", Records.Morning, Answer: null);
        journal.SaveEcrRequest(request);
        var before = RawDatabase.Row(JournalPath, "SELECT kind, received_at, result, reason, voucher, local_time FROM ecr_requests");

        journal.SaveEcrRequest(request with
        {
            Answer = new EcrAnswer { RequestId = "R1", Kind = EcrRequestKind.Sale, OrderNo = "A1001", Result = EcrResult.Error, Reason = EcrReason.Busy },
        });

        before.Should().Equal("Sale", "2025-03-14T09:30:15.0000000+08:00", null, null, null, null);
        RawDatabase.Row(JournalPath, "SELECT count(*), result, reason, voucher FROM ecr_requests").Should().Equal(1L, "Error", "Busy", null);
    }

    [Fact]
    public void A_register_request_this_software_cannot_read_is_refused_naming_the_column_rather_than_answered_from_a_guess()
    {
        using var journal = Open();
        journal.SaveEcrRequest(new EcrRequestRecord("R1", EcrRequestKind.Sale, "A1001", Records.Morning, Answer: null));
        RawDatabase.Execute(JournalPath, "UPDATE ecr_requests SET kind = 'Exchange'");

        var find = () => journal.FindEcrRequest("R1");

        find.Should().Throw<InvalidDataException>().WithMessage("*ecr_requests.kind*'Exchange'*");
    }

    [Theory]
    [InlineData("transaction_items")]
    [InlineData("ecr_requests")]
    [InlineData("changes")]
    public void The_journal_check_names_a_missing_table_of_orders_or_changes(string table)
    {
        using (var journal = Open())
            journal.Write("sale", Records.OrderSale(1));
        RawDatabase.Execute(JournalPath, $"DROP TABLE {table}");

        var report = JournalCheck.Run(JournalPath, null);

        report.Problem.Should().Contain($"table {table} is missing");
    }

    [Fact]
    public void The_journal_check_reports_an_order_whose_items_cannot_be_read_but_does_not_refuse_the_journal()
    {
        using (var journal = Open())
            journal.Write("sale", Records.OrderSale(1), Records.OrderSale(2, "B2002", "R2"));
        RawDatabase.Execute(JournalPath, "DELETE FROM transaction_items WHERE line = 1 AND transaction_id = 2");

        var report = JournalCheck.Run(JournalPath, null);

        report.Problem.Should().BeNull();
        report.Items[^1].Detail.Should().Be("2, all readable; the items of 1 order records cannot be read (the records are shown without them)");
    }

    [Fact]
    public void A_backup_holds_the_orders_items_and_register_requests()
    {
        using var journal = Open();
        journal.Write("sale", Records.OrderSale(1));
        journal.SaveEcrRequest(new EcrRequestRecord("R1", EcrRequestKind.Sale, "A1001", Records.Morning, Answer: null));
        var copy = _directory.File("copy.db");

        JournalBackup.Copy(JournalPath, copy);

        using var restored = SqliteJournal.Open(copy, Logs.Silent, _clock);
        restored.ListByOrder("A1001").Single().Items.Should().Equal(Records.OrderItems);
        restored.FindEcrRequest("R1").Should().NotBeNull();
    }

    [Fact]
    public void Whether_any_record_has_an_order_number_is_answered_by_the_index_without_reading_the_table()
    {
        Open().Dispose();

        var plan = RawDatabase.Row(JournalPath, "EXPLAIN QUERY PLAN SELECT 1 FROM transactions WHERE order_no IS NOT NULL");

        plan[^1].Should().BeOfType<string>().Which.Should().Contain("ix_transactions_order_no");
    }

    private SqliteJournal Open() => SqliteJournal.Open(JournalPath, Logs.Silent, _clock);
}
