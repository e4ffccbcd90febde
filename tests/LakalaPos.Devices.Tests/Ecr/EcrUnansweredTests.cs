using System.Text;
using FluentAssertions;
using LakalaPos.Core.Ecr;
using LakalaPos.Devices.Ecr;
using LakalaPos.Ecr.Messages;
using Xunit;

namespace LakalaPos.Devices.Tests.Ecr;

/// <summary>
/// Every request is answered (docs/ecr.md), even when the answer would not fit in one frame (a body
/// of at most 9999 bytes): a query of a big order comes without its lines, a refusal quotes a cut name.
/// </summary>
public sealed class EcrUnansweredTests
{
    private readonly EcrLoopback _loopback = new();

    [Fact]
    public void A_query_of_an_order_too_big_to_list_in_one_frame_is_answered_without_its_lines()
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

        _loopback.LastAnswer.Should().NotBeNull("every request is answered");
        _loopback.LastAnswer!["result"].Should().Be("APPROVED");
        _loopback.LastAnswer.Should().NotContainKey("line1");
        _loopback.LastAnswer["message"].Should().Be("交易成功 (lines left out: too long for one frame)");
    }

    [Fact]
    public void A_request_with_a_very_long_item_name_is_answered_invalid()
    {
        var name = new string('x', 9900);

        _loopback.Ask($"ver=1\ntype=SALE\nid=R2\norder=A1\nitem={name}|1|100");

        _loopback.LastAnswer.Should().NotBeNull("a request outside the limits is answered ERROR INVALID, the name cut in the message");
        _loopback.LastAnswer!["reason"].Should().Be("INVALID");
    }
}
