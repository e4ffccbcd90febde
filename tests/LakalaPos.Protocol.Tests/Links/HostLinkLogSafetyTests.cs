using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Links;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>A refused answer in the log: masked by field when it decoded, only its length and head when not.</summary>
public class HostLinkLogSafetyTests
{
    private readonly LinkHarness _h = new();

    /// <summary>40 bytes as field 62 has them, none of them digits a masking pattern could catch.</summary>
    private static readonly byte[] SecretField62 = [.. Enumerable.Range(0, 40).Select(i => (byte)(0xA1 + (i * 7 % 90)))];

    [Fact]
    public void A_sign_in_answer_with_a_trailing_byte_leaves_no_eight_bytes_of_field_62_in_the_log()
    {
        _h.Host.Behaviour = request => new HostReply.Answer([.. FakeHost.AnswerBody(request, "00", a => a.Set(62, SecretField62)), 0x00]);

        var result = _h.Send(SignIn());

        result.Outcome.Should().Be(HostLinkOutcome.Malformed);
        var log = _h.Log.All;
        log.Should().Contain("1 unexpected bytes after the last field");
        for (var i = 0; i + 8 <= SecretField62.Length; i++)
            log.Should().NotContain(Convert.ToHexString(SecretField62, i, 8), "no 8 bytes of the working keys may be logged");
    }

    [Fact]
    public void An_undecodable_answer_is_logged_by_its_length_and_head_only()
    {
        byte[]? sent = null;
        _h.Host.Behaviour = request =>
        {
            sent = [.. FakeHost.AnswerBody(request, "00", a => a.Set(62, SecretField62)), 0x00];
            return new HostReply.Answer(sent);
        };

        _h.Send(SignIn());

        _h.Log.All.Should().Contain($"bytes \"{sent!.Length} bytes, head {Convert.ToHexString(sent, 0, SafeHex.HeadLength)}…");
    }

    [Fact]
    public void A_long_undecodable_answer_leaves_no_run_of_a_card_number_in_the_log()
    {
        var body = new byte[600];
        Array.Fill(body, (byte)0xEE);
        // The PAN straddles byte 512, where the old dump was cut, with 11 of its digits before it.
        body[506] = 0xE6;
        Hex("22 02 02 00 11 22 33 44 6F").CopyTo(body, 507);
        _h.Host.Behaviour = _ => new HostReply.Answer(body);

        _h.Send(Sale()).Outcome.Should().Be(HostLinkOutcome.Malformed);

        SafeHexTests.NoSevenDigitsOf(DebitPan, _h.Log.All);
    }

    [Fact]
    public void A_field_63_that_is_not_gb18030_is_logged_as_left_out_and_the_decline_stands()
    {
        _h.Host.Behaviour = request =>
        {
            var body = FakeHost.AnswerBody(request, "51", a => a.Set(63, "CUP##"));
            body[^2] = 0x81; // 63 is the last field: its last two bytes become 81 20, no GB18030 character
            body[^1] = 0x20;
            return new HostReply.Answer(body);
        };

        var result = _h.Send(Sale());

        result.Outcome.Should().Be(HostLinkOutcome.Answered);
        result.Response!.ResponseCode.Should().Be("51");
        result.Response.Text.Should().BeNull();
        _h.Log.Lines.Should().Contain(line => line.Contains("field 63 (private)") && line.Contains("is not valid GB18030; 5 bytes, head")
            && line.Contains("left out, the answer stands"));
    }

    [Fact]
    public void An_echoed_card_number_that_does_not_read_is_logged_by_its_length_only()
    {
        _h.Host.Behaviour = request =>
        {
            var body = FakeHost.AnswerBody(request, "51");
            body[31] = 0x6F; // field 2 starts at 21 (prefix 19, 10 bytes): its pad nibble becomes F
            return new HostReply.Answer(body);
        };

        var result = _h.Send(Sale(InsertedDebit()));

        result.Outcome.Should().Be(HostLinkOutcome.Answered);
        _h.Log.All.Should().Contain("field 2 (primary account number) at offset 21: bad BCD: pad nibble F is not 0; 10 bytes\"");
        SafeHexTests.NoSevenDigitsOf(DebitPan, _h.Log.All);
    }

    [Fact]
    public void An_answer_for_another_trace_is_logged_whole_with_its_card_data_masked()
    {
        _h.Host.Behaviour = request =>
        {
            var other = Iso8583Codec.Decode(FakeHost.AnswerBody(request, "00", a => a.Set(55, [0x9F, 0x26, 0x08, 0xC1, 0xC2, 0xC3, 0xC4])));
            other.Set(11, "999999");
            return new HostReply.Answer(Iso8583Codec.Encode(other));
        };

        _h.Send(Sale(InsertedDebit())).Detail.Should().Be("answer trace 999999, expected 000002");

        var log = _h.Log.All;
        log.Should().Contain("622202*********3446").And.Contain("999999");
        log.Should().NotContain(DebitPan).And.NotContain("C1C2C3C4");
    }
}
