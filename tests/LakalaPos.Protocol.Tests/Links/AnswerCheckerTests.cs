using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Links;
using LakalaPos.Protocol.Mapping;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>
/// Answers written out byte by byte, field 63 in GB18030 as UnionPay hosts send it (the bytes
/// worked out by hand, not by the code under test). The terminal acts on MTI, trace, 39 and MAC;
/// a field it cannot read is left out, never a reason to take the answer for no answer.
/// </summary>
public class AnswerCheckerTests
{
    private const string Front = "60 00 00 00 03  60 31 00 31 00 00  02 10";

    /// <summary>"CUP余额不足": CUP, then 余 D3E0, 额 B6EE, 不 B2BB, 足 D7E3; 11 bytes.</summary>
    private const string Cup余额不足 = "00 11  43 55 50  D3 E0  B6 EE  B2 BB  D7 E3";

    /// <summary>"CUP交易成功": 交 BDBB, 易 D2D7, 成 B3C9, 功 B9A6; 11 bytes.</summary>
    private const string Cup交易成功 = "00 11  43 55 50  BD BB  D2 D7  B3 C9  B9 A6";

    /// <summary>CUP, then 0x81 followed by a space: no GB18030 character starts like that.</summary>
    private const string NotGb18030 = "00 05  43 55 50  81 20";

    /// <summary>11, 37, 38, 39, 63, 64: the trace, RRN 261122000002, auth code 123457, the code, field 63 as given.</summary>
    private static string Approval(string field63, string code = "30 30") =>
        $"{Front}  00 20 00 00 0E 00 00 03  00 00 02  32 36 31 31 32 32 30 30 30 30 30 32  31 32 33 34 35 37  {code}  {field63}";

    /// <summary>11, 39, 63: a decline with field 63 as given.</summary>
    private static string Decline(string code, string field63) => $"{Front}  00 20 00 00 02 00 00 02  00 00 02  {code}  {field63}";

    private static readonly Iso8583Message SentSale = HostRequestMapper.ToMessage(Sale(), Hex("60 00 03 00 00"), null);

    private static AnswerCheck Check(byte[] body, bool maced = true) =>
        new AnswerChecker(new FakeCrypto(), new HostLinkSettings { MasterKey = HostLinkSettings.TestMasterKey })
            .Check(Sale(), SentSale, maced ? FakeCrypto.MacKey : null, body);

    /// <summary>The hex with field 64 appended: the fake MAC of the bytes from the MTI on.</summary>
    private static byte[] Maced(string hex)
    {
        var body = Hex(hex);
        return [.. body, .. FakeCrypto.Mac(body.AsSpan(Iso8583Codec.MtiOffset), FakeCrypto.MacKey)];
    }

    [Fact]
    public void A_decline_with_gb18030_text_is_answered_with_its_code_and_the_host_text()
    {
        var check = Check(Hex(Decline("35 31", Cup余额不足)));

        check.Result.Outcome.Should().Be(HostLinkOutcome.Answered);
        check.Result.Response!.ResponseCode.Should().Be("51");
        check.Result.Response.Text.Should().Be("余额不足");
        check.Ignored.Should().BeEmpty();
    }

    [Fact]
    public void An_approval_with_gb18030_text_and_a_good_mac_is_answered_approved()
    {
        var check = Check(Maced(Approval(Cup交易成功)));

        check.Result.Outcome.Should().Be(HostLinkOutcome.Answered);
        check.Result.Response!.Approved.Should().BeTrue();
        check.Result.Response.Text.Should().Be("交易成功");
        check.Result.Response.Rrn.Should().Be("261122000002");
    }

    [Fact]
    public void An_approval_whose_text_is_not_gb18030_stands_without_the_text()
    {
        var check = Check(Maced(Approval(NotGb18030)));

        check.Result.Outcome.Should().Be(HostLinkOutcome.Answered);
        check.Result.Response!.Approved.Should().BeTrue();
        check.Result.Response.Text.Should().BeNull();
        check.Result.Response.AuthCode.Should().Be("123457");
        check.OutOfStep.Should().BeFalse();
        check.Ignored.Should().ContainSingle().Which.Should().StartWith("field 63 (private) at offset 44: is not valid GB18030; 5 bytes");
    }

    [Fact]
    public void A_decline_whose_text_is_not_gb18030_is_still_the_decline()
    {
        var check = Check(Hex(Decline("35 31", NotGb18030)));

        check.Result.Outcome.Should().Be(HostLinkOutcome.Answered);
        check.Result.Response!.ResponseCode.Should().Be("51");
        check.Result.Response.Text.Should().BeNull();
    }

    [Fact]
    public void An_approval_whose_text_is_not_gb18030_and_whose_mac_is_wrong_is_a_bad_mac()
    {
        var body = Maced(Approval(NotGb18030));
        body[^1] ^= 0x01;

        Check(body).Result.Outcome.Should().Be(HostLinkOutcome.BadMac);
    }

    [Fact]
    public void Unreadable_rrn_and_auth_code_leave_an_approval_without_them()
    {
        // 37 with a byte 0xC8, 38 with a '-': both unreadable; the approval, its MAC right, stands.
        var check = Check(Maced($"{Front}  00 20 00 00 0E 00 00 01  00 00 02  32 36 31 31 32 32 30 30 30 30 30 C8  31 32 2D 34 35 37  30 30"));

        check.Result.Outcome.Should().Be(HostLinkOutcome.Answered);
        check.Result.Response!.Approved.Should().BeTrue();
        check.Result.Response.Rrn.Should().BeNull();
        check.Result.Response.AuthCode.Should().BeNull();
        check.Ignored.Should().HaveCount(2);
    }

    [Fact]
    public void An_unreadable_response_code_is_no_answer_but_the_link_stays_in_step()
    {
        var check = Check(Hex(Decline("35 C8", Cup余额不足)));

        check.Result.Outcome.Should().Be(HostLinkOutcome.Malformed);
        check.Result.Detail.Should().Be("answer 0210: field 39 (response code) at offset 24: byte C8 is not ASCII text");
        check.OutOfStep.Should().BeFalse();
    }

    [Fact]
    public void An_unreadable_trace_is_another_request_s_answer_for_all_the_terminal_can_tell()
    {
        var check = Check(Hex($"{Front}  00 20 00 00 02 00 00 00  00 0A 02  35 31"));

        check.Result.Outcome.Should().Be(HostLinkOutcome.Malformed);
        check.Result.Detail.Should().Be("answer trace unreadable, expected 000002");
        check.OutOfStep.Should().BeTrue();
    }

    [Fact]
    public void A_field_63_whose_length_prefix_runs_past_the_end_is_no_answer()
    {
        var check = Check(Hex(Decline("35 31", "00 12  43 55 50  D3 E0 B6 EE B2 BB D7 E3")));

        check.Result.Outcome.Should().Be(HostLinkOutcome.Malformed);
        check.Result.Detail.Should().StartWith("undecodable answer: field 63 (private) at offset 26: truncated");
        check.OutOfStep.Should().BeTrue();
    }

    [Fact]
    public void An_approval_without_mac_after_sign_in_is_still_a_bad_mac_whatever_its_text() =>
        Check(Hex($"{Front}  00 20 00 00 02 00 00 02  00 00 02  30 30  {Cup交易成功}")).Result.Outcome.Should().Be(HostLinkOutcome.BadMac);
}
