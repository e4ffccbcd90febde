using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Links;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>Working keys from sign-in, and the MAC and PIN block they make possible.</summary>
public class HostLinkSessionTests
{
    private readonly LinkHarness _h = new();

    private static bool MacVerifies(Iso8583Message sent) =>
        sent.GetBinary(64)!.SequenceEqual(FakeCrypto.Mac(Iso8583Codec.MacInput(Iso8583Codec.Encode(sent)), FakeCrypto.MacKey));

    [Fact]
    public void Sign_in_is_sent_without_mac_and_its_field_62_loads_the_working_keys()
    {
        _h.SignIn();

        _h.Host.Received.Single().Has(64).Should().BeFalse();
        _h.Link.HasWorkingKeys.Should().BeTrue();
    }

    [Theory]
    [InlineData(HostMessageKind.Sale)]
    [InlineData(HostMessageKind.Void)]
    [InlineData(HostMessageKind.Refund)]
    public void After_sign_in_financial_requests_carry_a_mac_over_mti_to_field_63(HostMessageKind kind)
    {
        _h.SignIn();
        var request = kind switch { HostMessageKind.Sale => Sale(), HostMessageKind.Void => Void(), _ => Refund() };

        _h.Send(request).Outcome.Should().Be(HostLinkOutcome.Answered);

        MacVerifies(_h.Host.Received[^1]).Should().BeTrue();
    }

    [Fact]
    public void A_reversal_carries_a_mac()
    {
        _h.SignIn();

        _h.Send(ReversalOf(Sale())).Outcome.Should().Be(HostLinkOutcome.Answered);

        _h.Host.Received[^1].Mti.Should().Be("0400");
        MacVerifies(_h.Host.Received[^1]).Should().BeTrue();
    }

    [Fact]
    public void Network_management_messages_carry_no_mac_even_with_keys()
    {
        _h.SignIn();

        _h.Send(Request(HostMessageKind.EchoTest));

        _h.Host.Received[^1].Has(64).Should().BeFalse();
    }

    [Fact]
    public void After_sign_in_the_pin_block_is_made_under_the_pin_key()
    {
        _h.SignIn();

        _h.Send(Sale(pin: "654321"));

        _h.Host.Received[^1].GetBinary(52).Should().Equal(new FakeCrypto().EncryptPin("654321", CreditPan, FakeCrypto.PinKey));
    }

    [Fact]
    public void Before_any_sign_in_requests_go_without_mac()
    {
        var result = _h.Send(Sale());

        result.Outcome.Should().Be(HostLinkOutcome.Answered);
        _h.Host.Received[^1].Has(64).Should().BeFalse();
    }

    [Fact]
    public void Before_any_sign_in_a_pin_cannot_be_sent_and_the_request_does_not_leave()
    {
        var result = _h.Send(Sale(pin: "654321"));

        result.Outcome.Should().Be(HostLinkOutcome.NotConnected);
        result.Detail.Should().Be("not sent: a PIN was entered but the session has no PIN key: sign in first");
        _h.Host.Received.Should().BeEmpty();
    }

    [Fact]
    public void An_approved_answer_whose_mac_does_not_verify_is_bad_mac_with_the_response()
    {
        _h.SignIn();
        _h.Host.Behaviour = request =>
        {
            var body = FakeHost.AnswerBody(request, "00");
            body[^1] ^= 0xFF;
            return new HostReply.Answer(body);
        };

        var result = _h.Send(Sale());

        result.Outcome.Should().Be(HostLinkOutcome.BadMac);
        result.Detail.Should().Be("answer MAC does not verify");
        result.Response!.ResponseCode.Should().Be("00");
    }

    [Fact]
    public void An_approved_answer_without_mac_is_bad_mac_once_the_session_has_keys()
    {
        _h.SignIn();
        _h.Host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "00", mac: false));

        _h.Send(Sale()).Outcome.Should().Be(HostLinkOutcome.BadMac);
    }

    [Fact]
    public void A_profile_can_accept_approved_answers_without_mac()
    {
        var h = new LinkHarness(requireMac: false);
        h.SignIn();
        h.Host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "00", mac: false));

        h.Send(Sale()).Outcome.Should().Be(HostLinkOutcome.Answered);
    }

    [Fact]
    public void A_declined_answer_is_not_mac_checked()
    {
        _h.SignIn();
        _h.Host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "55", mac: false));

        _h.Send(Sale()).Outcome.Should().Be(HostLinkOutcome.Answered);
    }

    [Fact]
    public void A_sign_in_answer_whose_keys_do_not_check_is_malformed_and_leaves_no_keys()
    {
        _h.Host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "00", a => a.Set(62, new byte[39])));

        var result = _h.Send(SignIn());

        result.Outcome.Should().Be(HostLinkOutcome.Malformed);
        result.Detail.Should().Be("sign-in answer field 62: working keys rejected (length or check value)");
        _h.Link.HasWorkingKeys.Should().BeFalse();
    }

    [Fact]
    public void A_sign_in_approved_without_field_62_leaves_no_keys()
    {
        _h.SignIn();

        _h.Send(SignIn(trace: 9)).Outcome.Should().Be(HostLinkOutcome.Answered);

        _h.Link.HasWorkingKeys.Should().BeFalse();
    }

    [Fact]
    public void A_declined_sign_in_leaves_no_keys()
    {
        _h.SignIn();
        _h.Host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "05"));

        _h.Send(SignIn(trace: 9)).Response!.ResponseCode.Should().Be("05");

        _h.Link.HasWorkingKeys.Should().BeFalse();
    }

    [Fact]
    public void An_approved_sign_out_ends_the_session()
    {
        _h.SignIn();

        _h.Send(Request(HostMessageKind.SignOut));

        _h.Link.HasWorkingKeys.Should().BeFalse();
    }

    [Fact]
    public void With_the_real_crypto_wiring_the_link_reports_and_never_throws()
    {
        var h = new LinkHarness(UnionPayTerminalCrypto.Instance);
        h.Host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "00", a => a.Set(62, new byte[40])));

        h.Send(SignIn()).Outcome.Should().Be(HostLinkOutcome.Malformed, "forty zero bytes never pass a check value");
        h.Link.HasWorkingKeys.Should().BeFalse();
    }
}
