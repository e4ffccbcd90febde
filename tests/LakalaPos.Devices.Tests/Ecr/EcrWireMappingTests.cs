using FluentAssertions;
using LakalaPos.Core.Ecr;
using LakalaPos.Core.Journal;
using LakalaPos.Devices.Ecr;
using LakalaPos.Ecr.Messages;
using Xunit;

namespace LakalaPos.Devices.Tests.Ecr;

/// <summary>The wire's words for the core's: every reason and status has its name on the wire.</summary>
public sealed class EcrWireMappingTests
{
    [Fact]
    public void Every_reason_is_sent_in_upper_snake_case_and_none_is_not_sent()
    {
        var wire = Enum.GetValues<EcrReason>().Select(reason => Answer() with { Reason = reason }).Select(a => EcrWireMapping.ToWire(a).Reason);

        wire.Should().Equal(null, "BUSY", "INVALID", "ORDER_USED", "NO_ORDER", "NO_ITEM", "ALREADY_REFUNDED", "OVER_LIMIT", "NOT_VOIDABLE",
            "CANCELLED", "NOT_SENT", "NO_ANSWER", "INTERRUPTED");
    }

    [Fact]
    public void Every_sale_status_has_its_name_on_the_wire() =>
        Enum.GetValues<TransactionStatus>().Select(EcrWireMapping.Status).Should().Equal("PENDING", "APPROVED", "DECLINED", "VOIDED", "REVERSED", "UNKNOWN");

    [Fact]
    public void A_message_with_a_line_break_goes_out_on_one_line() =>
        EcrWireMapping.ToWire(Answer() with { Message = "交易失败\n请重试" }).ToMessage()["message"].Should().Be("交易失败 请重试");

    [Fact]
    public void A_refund_request_takes_unit_price_0_and_a_void_no_items()
    {
        EcrWireMapping.ToCore(new RegisterRequest(RegisterRequestType.Refund, "R1", "A1", [new("可乐", 1, null)]))
            .Should().BeEquivalentTo(new EcrRequest("R1", EcrRequestKind.Refund, "A1", [new("可乐", 1, 0)]));
        EcrWireMapping.ToCore(new RegisterRequest(RegisterRequestType.Void, "R2", "A1", []))
            .Should().BeEquivalentTo(new EcrRequest("R2", EcrRequestKind.Void, "A1", []));
    }

    private static EcrAnswer Answer() => new() { RequestId = "R1", Kind = EcrRequestKind.Sale, OrderNo = "A1", Result = EcrResult.Error };
}
