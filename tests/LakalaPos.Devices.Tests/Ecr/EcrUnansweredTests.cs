using System.Text;
using FluentAssertions;
using LakalaPos.Core.Ecr;
using LakalaPos.Devices.Ecr;
using LakalaPos.Ecr.Messages;
using Xunit;

namespace LakalaPos.Devices.Tests.Ecr;

/// <summary>
/// Every request is answered (docs/ecr.md): these show requests that get no answer at all, because
/// the answer does not fit in one frame (body at most 9999 bytes) and is dropped with a log line.
/// </summary>
public sealed class EcrUnansweredTests
{
    private readonly EcrLoopback _loopback = new();

    [Fact]
    public void Demonstrates_bug_a_query_of_an_order_whose_sale_fit_in_a_frame_gets_no_answer()
    {
        // 99 items of 2 digits and 28 Chinese characters (86 bytes): the register's SALE body is about 9,730 bytes, within the 9,999 a frame holds.
        var items = Enumerable.Range(1, 99).Select(i => new OrderItem($"{i:00}" + new string('茶', 28), 1, 100)).ToList();
        var sale = new RegisterRequest(RegisterRequestType.Sale, "R1", "A1", items.Select(i => new RegisterItem(i.Name, 1, 100)).ToList());
        Encoding.UTF8.GetByteCount(sale.ToMessage().Format()).Should().BeLessThanOrEqualTo(9999, "the sale itself could be sent");
        _loopback.Port.Requested += (_, request) => _loopback.Port.Answer(new EcrAnswer
        {
            RequestId = request.RequestId, Kind = request.Kind, OrderNo = request.OrderNo, Result = EcrResult.Approved,
            Message = "交易成功", ResponseCode = "00", AmountFen = 9900, Voucher = 1, Batch = 1, Rrn = "123456789012", AuthCode = "A1B2C3",
            MaskedPan = "622202******3446", LocalTime = DateTimeOffset.Parse("2026-11-30T10:15:00+08:00"),
            SaleStatus = Core.Journal.TransactionStatus.Approved, Lines = items.Select(i => new OrderLine(i, 0)).ToList(),
        });

        _loopback.Ask("ver=1\ntype=QUERY\nid=Q1\norder=A1");

        _loopback.LastAnswer.Should().NotBeNull("every request is answered; the query's answer was too long for a frame and was dropped");
    }

    [Fact]
    public void Demonstrates_bug_a_request_with_a_very_long_item_name_gets_no_answer()
    {
        var name = new string('x', 9900);

        _loopback.Ask($"ver=1\ntype=SALE\nid=R2\norder=A1\nitem={name}|1|100");

        _loopback.LastAnswer.Should().NotBeNull("a request outside the limits is answered ERROR INVALID; the refusal quotes the whole name and no longer fits a frame");
    }
}
