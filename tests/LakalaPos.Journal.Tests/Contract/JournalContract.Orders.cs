using FluentAssertions;
using LakalaPos.Core.Ecr;
using LakalaPos.Core.Journal;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests.Contract;

public abstract partial class JournalContract
{
    [Fact]
    public void A_sale_of_an_order_reads_back_with_its_order_number_request_id_and_items_from_every_read()
    {
        Insert(Records.Sale(1));
        var sale = Insert(Records.OrderSale(2, "A1001", requestId: "R1"));

        var reads = new[]
        {
            Journal.Find(sale.Id),
            Journal.FindByVoucher(2, 1),
            Journal.FindByVoucher(2),
            Journal.Last(),
            Journal.ListBatch(1).First(),
            Journal.ListByOrder("A1001").Single(),
            Journal.FindByEcrRequest("R1"),
        };

        reads.Should().AllSatisfy(read =>
        {
            read.Should().BeEquivalentTo(sale, o => o.WithStrictOrdering());
            read!.Items.Should().Equal(Records.OrderItems);
        });
    }

    [Fact]
    public void A_refund_of_an_order_keeps_its_own_items_not_the_sales()
    {
        Insert(Records.OrderSale(1));
        var refund = Insert(Records.OrderRefund(2));

        var read = Journal.Find(refund.Id)!;

        read.Items.Should().Equal(new OrderItem("可口可乐 330ml", 1, 350));
        read.Should().BeEquivalentTo(refund);
    }

    [Fact]
    public void A_record_without_an_order_reads_back_without_items_and_an_order_record_without_goods_with_Items_null()
    {
        var plain = Insert(Records.Sale(1));
        var voidOfOrder = Insert(Records.Sale(2) with { Type = TransactionType.Void, OrderNo = "A1001", EcrRequestId = "R9" });

        Journal.Find(plain.Id)!.Should().Match<TransactionRecord>(r => r.OrderNo == null && r.Items == null && r.EcrRequestId == null);
        Journal.Find(voidOfOrder.Id)!.Should().Match<TransactionRecord>(r => r.OrderNo == "A1001" && r.Items == null && r.EcrRequestId == "R9");
    }

    [Fact]
    public void ListByOrder_holds_the_sale_and_its_refunds_and_voids_oldest_first_and_nothing_of_other_orders()
    {
        var sale = Insert(Records.OrderSale(1, "A1001", "R1"));
        Insert(Records.OrderSale(2, "B2002", "R2"));
        Insert(Records.Sale(3));
        var refund = Insert(Records.OrderRefund(4, "A1001", "R3"));
        var secondRefund = Insert(Records.OrderRefund(5, "A1001", "R4"));

        Journal.ListByOrder("A1001").Select(r => r.Id).Should().Equal(sale.Id, refund.Id, secondRefund.Id);
        Journal.ListByOrder("A1001").Select(r => r.Items!.Count).Should().Equal(3, 1, 1);
        Journal.ListByOrder("a1001").Should().BeEmpty("order numbers are compared exactly");
        Journal.ListByOrder("C3003").Should().BeEmpty();
    }

    [Fact]
    public void HoldsOrders_is_false_on_a_new_journal_and_with_plain_records_and_true_once_an_order_is_written()
    {
        Journal.HoldsOrders().Should().BeFalse();
        Insert(Records.Sale(1));
        Journal.HoldsOrders().Should().BeFalse();

        Insert(Records.OrderSale(2));

        Journal.HoldsOrders().Should().BeTrue();
    }

    [Fact]
    public void FindByEcrRequest_returns_the_newest_record_made_for_that_request_or_null()
    {
        Insert(Records.OrderSale(1, requestId: "R1"));
        var retried = Insert(Records.OrderSale(2, requestId: "R1") with { Status = TransactionStatus.Pending });

        Journal.FindByEcrRequest("R1")!.Id.Should().Be(retried.Id);
        Journal.FindByEcrRequest("R2").Should().BeNull();
    }

    [Fact]
    public void An_update_keeps_the_items_written_when_the_record_was_inserted()
    {
        var pending = Insert(Records.OrderSale(1) with { Status = TransactionStatus.Pending });

        Journal.Write("approved", pending with { Status = TransactionStatus.Approved, Items = null });
        Journal.Write("printed", pending with { PrintedCopies = 1, Items = [new OrderItem("Something else", 9, 1)] });

        Journal.Find(pending.Id)!.Items.Should().Equal(Records.OrderItems);
    }

    [Theory]
    [InlineData("order number with a space", "*record 1 of 1*order number 'A 1001'*")]
    [InlineData("order number of 33 characters", "*record 1 of 1*order number*1-32*")]
    [InlineData("request id with a slash", "*record 1 of 1*request id 'R/1'*")]
    [InlineData("items without an order number", "*record 1 of 1*items but no order number*")]
    [InlineData("an empty item list", "*record 1 of 1*empty item list*")]
    [InlineData("an item without a name", "*record 1 of 1, item 2 of 3*name*")]
    [InlineData("an item name with a bar", "*item 2 of 3*name \"a|b\"*")]
    [InlineData("an item name of 41 characters", "*item 2 of 3*1-40 characters*")]
    [InlineData("a quantity of 0", "*item 2 of 3*quantity 0*")]
    [InlineData("a negative price", "*item 2 of 3*negative unit price (-1 fen)*")]
    public void A_record_whose_order_breaks_the_rules_is_refused_with_a_clear_message_and_nothing_is_written(string problem, string message)
    {
        var items = Records.OrderItems.ToArray();
        var record = problem switch
        {
            "order number with a space" => Records.OrderSale(1, orderNo: "A 1001"),
            "order number of 33 characters" => Records.OrderSale(1, orderNo: new string('9', 33)),
            "request id with a slash" => Records.OrderSale(1, requestId: "R/1"),
            "items without an order number" => Records.OrderSale(1) with { OrderNo = null },
            "an empty item list" => Records.OrderSale(1) with { Items = [] },
            "an item without a name" => Records.OrderSale(1) with { Items = [items[0], items[1] with { Name = " " }, items[2]] },
            "an item name with a bar" => Records.OrderSale(1) with { Items = [items[0], items[1] with { Name = "a|b" }, items[2]] },
            "an item name of 41 characters" => Records.OrderSale(1) with { Items = [items[0], items[1] with { Name = new string('面', 41) }, items[2]] },
            "a quantity of 0" => Records.OrderSale(1) with { Items = [items[0], items[1] with { Quantity = 0 }, items[2]] },
            _ => Records.OrderSale(1) with { Items = [items[0], items[1] with { UnitPriceFen = -1 }, items[2]] },
        };

        var write = () => Journal.Write("created", record);

        write.Should().Throw<ArgumentException>().WithMessage(message);
        Journal.Last().Should().BeNull();
        Journal.HoldsOrders().Should().BeFalse();
    }

    [Fact]
    public void A_multi_record_write_with_a_bad_item_in_its_last_record_writes_none_of_them()
    {
        var bad = Records.OrderRefund(2) with { Items = [new OrderItem("可口可乐 330ml", -1, 350)] };

        var write = () => Journal.Write("created", Records.OrderSale(1), bad);

        write.Should().Throw<ArgumentException>().WithMessage("*record 2 of 2*quantity -1*");
        Journal.Last().Should().BeNull();
        Journal.ListByOrder("A1001").Should().BeEmpty();
    }

    [Fact]
    public void A_register_request_is_found_by_its_id_first_without_an_answer_then_with_every_field_of_it()
    {
        var received = new DateTimeOffset(2025, 3, 14, 9, 31, 2, TimeSpan.FromHours(8)).AddTicks(1_234_567);
        var request = new EcrRequestRecord("R7", EcrRequestKind.Refund, "A1001", received, Answer: null);
        Journal.FindEcrRequest("R7").Should().BeNull();

        Journal.SaveEcrRequest(request);
        var unanswered = Journal.FindEcrRequest("R7");
        var answered = request with { Answer = EveryAnswerField() };
        Journal.SaveEcrRequest(answered);

        unanswered.Should().BeEquivalentTo(request);
        Journal.FindEcrRequest("R7").Should().BeEquivalentTo(answered);
        Journal.FindEcrRequest("R7")!.ReceivedAt.Offset.Should().Be(TimeSpan.FromHours(8));
        Journal.FindEcrRequest("R8").Should().BeNull();
    }

    [Fact]
    public void An_answer_with_the_default_reason_and_no_optional_field_round_trips()
    {
        var answer = new EcrAnswer { RequestId = "Q1", Kind = EcrRequestKind.Query, OrderNo = "A1001", Result = EcrResult.Approved };
        var request = new EcrRequestRecord("Q1", EcrRequestKind.Query, "A1001", Records.Morning, answer);

        Journal.SaveEcrRequest(request);

        Journal.FindEcrRequest("Q1").Should().BeEquivalentTo(request);
    }

    [Fact]
    public void A_query_answers_sale_status_and_lines_are_not_kept_they_describe_the_order_at_the_time_it_was_asked()
    {
        var answer = new EcrAnswer
        {
            RequestId = "Q1", Kind = EcrRequestKind.Query, OrderNo = "A1001", Result = EcrResult.Approved,
            SaleStatus = TransactionStatus.Approved,
            Lines = [new OrderLine(Records.OrderItems[0], Refunded: 1)],
        };

        Journal.SaveEcrRequest(new EcrRequestRecord("Q1", EcrRequestKind.Query, "A1001", Records.Morning, answer));

        Journal.FindEcrRequest("Q1")!.Answer.Should().Match<EcrAnswer>(a => a.SaleStatus == null && a.Lines == null);
    }

    [Theory]
    [InlineData("a request id with a space", "*register request id 'R 7'*")]
    [InlineData("the answer to another request", "*R7*answer to another request (R8*")]
    [InlineData("a full card number in the answer", "*MaskedPan*6 and last 4*")]
    [InlineData("an undefined result", "*undefined EcrResult*")]
    public void A_register_request_that_breaks_the_rules_is_refused_and_nothing_is_saved(string problem, string message)
    {
        var answer = EveryAnswerField();
        var request = new EcrRequestRecord("R7", EcrRequestKind.Refund, "A1001", Records.Morning, answer);
        var bad = problem switch
        {
            "a request id with a space" => request with { RequestId = "R 7", Answer = null },
            "the answer to another request" => request with { Answer = answer with { RequestId = "R8" } },
            "a full card number in the answer" => request with { Answer = answer with { MaskedPan = Records.TestPan } },
            _ => request with { Answer = answer with { Result = (EcrResult)9 } },
        };

        var save = () => Journal.SaveEcrRequest(bad);

        save.Should().Throw<ArgumentException>().WithMessage(message).Which.Message.Should().NotContain(Records.TestPan);
        Journal.FindEcrRequest("R7").Should().BeNull();
    }

    [Fact]
    public void Saving_a_register_request_again_replaces_it()
    {
        Journal.SaveEcrRequest(new EcrRequestRecord("R7", EcrRequestKind.Refund, "A1001", Records.Morning, EveryAnswerField()));
        var again = new EcrRequestRecord("R7", EcrRequestKind.Refund, "A1001", Records.Morning.AddMinutes(1), Answer: null);

        Journal.SaveEcrRequest(again);

        Journal.FindEcrRequest("R7").Should().BeEquivalentTo(again);
    }

    /// <summary>An answer in which every stored property differs from its default.</summary>
    private static EcrAnswer EveryAnswerField() => new()
    {
        RequestId = "R7",
        Kind = EcrRequestKind.Refund,
        OrderNo = "A1001",
        Result = EcrResult.Declined,
        Reason = EcrReason.OverLimit,
        Message = "超过退货限额",
        ResponseCode = "61",
        AmountFen = 9_876_543_210,
        Voucher = 654_321,
        Batch = 42,
        Rrn = "123456789012",
        AuthCode = "AB12CD",
        MaskedPan = Records.TestPanMasked,
        LocalTime = new DateTimeOffset(2025, 12, 31, 23, 59, 58, TimeSpan.FromHours(8)).AddTicks(1_234_567),
    };
}
