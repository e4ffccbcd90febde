using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Mapping;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Mapping;

/// <summary>Each HostRequest kind becomes the message of the spec's Messages table.</summary>
public class RequestMappingTests
{
    private static readonly byte[] Tpdu = [0x60, 0x00, 0x03, 0x00, 0x00];

    /// <summary>A stand-in for the PIN key: the PIN block is the PIN's digits, so tests can see what went in.</summary>
    private static readonly PinBlockEncryptor FakePin = (pin, _) => Convert.FromHexString(pin.PadRight(16, 'F'));

    private static IReadOnlyDictionary<string, string> Map(HostRequest request, out string mti)
    {
        var message = HostRequestMapper.ToMessage(request, Tpdu, FakePin);
        Iso8583Codec.Encode(message); // every mapped message must also pass the codec's checks
        mti = message.Mti;
        return Iso8583Fields.ForDisplay(message);
    }

    [Fact]
    public void Sign_in_is_0800_with_network_code_003_and_the_operator_in_63()
    {
        var fields = Map(SignIn(), out var mti);

        mti.Should().Be("0800");
        fields.Keys.Should().Equal("11", "41", "42", "60", "60.1", "60.2", "60.3", "63", "63.1");
        fields["60.1"].Should().Be("00");
        fields["60.2"].Should().Be("000001");
        fields["60.3"].Should().Be("003");
        fields["63"].Should().Be("001");
    }

    [Theory]
    [InlineData(HostMessageKind.SignOut, "002")]
    [InlineData(HostMessageKind.EchoTest, "301")]
    public void Sign_out_and_echo_are_0820_told_apart_by_the_network_code(HostMessageKind kind, string networkCode)
    {
        var fields = Map(Request(kind), out var mti);

        mti.Should().Be("0820");
        fields.Keys.Should().Equal("11", "41", "42", "60", "60.1", "60.2", "60.3");
        fields["60.3"].Should().Be(networkCode);
    }

    [Fact]
    public void Sale_by_swipe_without_pin_carries_card_amount_and_no_pin_fields()
    {
        var fields = Map(Sale(), out var mti);

        mti.Should().Be("0200");
        fields.Keys.Should().Equal("2", "3", "4", "11", "12", "13", "14", "22", "25", "35", "41", "42", "49", "60", "60.1", "60.2", "60.3");
        fields["3"].Should().Be("000000");
        fields["4"].Should().Be("000000001234");
        fields["12"].Should().Be("100000");
        fields["13"].Should().Be("1122");
        fields["22"].Should().Be("022");
        fields["25"].Should().Be("00");
        fields["49"].Should().Be("156");
        fields["60.1"].Should().Be("22");
    }

    [Fact]
    public void A_pin_adds_26_52_53_and_sets_the_third_digit_of_22()
    {
        var fields = Map(Sale(pin: "654321"), out _);

        fields["22"].Should().Be("021");
        fields["26"].Should().Be("12");
        fields["52"].Should().Be("654321FFFFFFFFFF");
        fields["53"].Should().Be("2600000000000000");
    }

    [Fact]
    public void Pin_block_is_formed_from_the_pin_and_the_card_pan()
    {
        (string Pin, string Pan)? seen = null;
        HostRequestMapper.ToMessage(Sale(pin: "654321"), Tpdu, (pin, pan) => { seen = (pin, pan); return new byte[8]; });

        seen.Should().Be(("654321", CreditPan));
    }

    [Fact]
    public void A_pin_without_a_pin_key_cannot_be_mapped() =>
        FluentActions.Invoking(() => HostRequestMapper.ToMessage(Sale(pin: "654321"), Tpdu, null))
            .Should().Throw<HostRequestMappingException>().WithMessage("*no PIN key: sign in first");

    [Fact]
    public void A_chip_read_carries_sequence_number_icc_data_and_60_4_five()
    {
        var fields = Map(Sale(InsertedDebit()), out _);

        fields["22"].Should().Be("052");
        fields["23"].Should().Be("001");
        fields["55"].Should().Be("9F2602ABCD");
        fields["60.4"].Should().Be("5");
        fields["60"].Should().Be("220000010005");
    }

    [Fact]
    public void A_contactless_read_has_entry_mode_07_and_60_4_six()
    {
        var fields = Map(Sale(TappedDebit()), out _);

        fields["22"].Should().Be("072");
        fields["60.4"].Should().Be("6");
    }

    [Fact]
    public void Void_is_0200_200000_with_60_1_23_and_the_original_in_37_38_61()
    {
        var fields = Map(Void(SwipedCredit()), out var mti);

        mti.Should().Be("0200");
        fields["3"].Should().Be("200000");
        fields["25"].Should().Be("00");
        fields["60.1"].Should().Be("23");
        fields["37"].Should().Be("123456789012");
        fields["38"].Should().Be("AB1234");
        fields["61"].Should().Be("000001000002");
        fields["4"].Should().Be("000000001234");
    }

    [Fact]
    public void Void_without_a_card_has_no_card_fields_and_a_manual_entry_mode()
    {
        var fields = Map(Void(card: null), out _);

        fields.Keys.Should().NotContain(["2", "14", "35"]);
        fields["22"].Should().Be("012");
    }

    [Theory]
    [InlineData(RefundMethod.Original, "RM1")]
    [InlineData(RefundMethod.Balance, "RM2")]
    public void Refund_is_0220_with_60_1_25_the_original_date_in_61_and_the_method_in_63(RefundMethod method, string code)
    {
        var fields = Map(Refund(method), out var mti);

        mti.Should().Be("0220");
        fields["3"].Should().Be("200000");
        fields["25"].Should().Be("00");
        fields["60.1"].Should().Be("25");
        fields["37"].Should().Be("123456789012");
        fields["61"].Should().Be("0000000000001120");
        fields["61.3"].Should().Be("1120");
        fields["63"].Should().Be(code);
        fields.Keys.Should().NotContain("38");
    }

    [Fact]
    public void Balance_inquiry_is_0200_310000_with_60_1_01_and_no_amount()
    {
        var fields = Map(Balance(), out var mti);

        mti.Should().Be("0200");
        fields["3"].Should().Be("310000");
        fields["60.1"].Should().Be("01");
        fields.Keys.Should().NotContain("4");
        fields["52"].Should().Be("654321FFFFFFFFFF");
    }

    [Fact]
    public void Reversal_is_the_original_as_0400_less_track_and_pin_fields_with_39_the_reason()
    {
        var original = Sale(InsertedDebit(), pin: "123456");
        var sent = Map(original, out _);

        var fields = Map(ReversalOf(original, ReversalReasons.Timeout), out var mti);

        mti.Should().Be("0400");
        fields["39"].Should().Be("98");
        fields.Keys.Should().NotContain(["26", "35", "36", "52", "53"]);
        foreach (var (name, value) in sent.Where(f => f.Key is not ("26" or "35" or "52" or "53")))
            fields[name].Should().Be(value, $"field {name} is copied from the original");
    }

    [Fact]
    public void Reversal_of_a_void_keeps_field_61() =>
        Map(ReversalOf(Void(SwipedCredit()), ReversalReasons.BadMac), out _)["61"].Should().Be("000001000002");

    [Fact]
    public void Refunds_are_not_reversed() =>
        FluentActions.Invoking(() => HostRequestMapper.ToMessage(ReversalOf(Refund()), Tpdu, null))
            .Should().Throw<HostRequestMappingException>().WithMessage("only sales and voids are reversed, not Refund");

    [Fact]
    public void The_profile_tpdu_is_used()
    {
        var message = HostRequestMapper.ToMessage(SignIn(), [0x60, 0x00, 0x05, 0x00, 0x01], null);

        message.Tpdu.Should().Equal(0x60, 0x00, 0x05, 0x00, 0x01);
    }

    [Fact]
    public void A_sale_without_a_card_names_what_is_missing() =>
        FluentActions.Invoking(() => HostRequestMapper.ToMessage(Sale() with { Card = null }, Tpdu, null))
            .Should().Throw<HostRequestMappingException>().WithMessage("a Sale needs card data");

    [Fact]
    public void A_void_without_the_original_rrn_names_what_is_missing() =>
        FluentActions.Invoking(() => HostRequestMapper.ToMessage(Void() with { OriginalRrn = null }, Tpdu, null))
            .Should().Throw<HostRequestMappingException>().WithMessage("the request has no original reference number (37)");

    [Fact]
    public void A_sign_in_without_an_operator_names_what_is_missing() =>
        FluentActions.Invoking(() => HostRequestMapper.ToMessage(SignIn() with { OperatorNo = null }, Tpdu, null))
            .Should().Throw<HostRequestMappingException>().WithMessage("sign-in needs an operator number*");

    [Fact]
    public void A_trace_over_six_digits_is_refused() =>
        FluentActions.Invoking(() => HostRequestMapper.ToMessage(SignIn(trace: 1_000_000), Tpdu, null))
            .Should().Throw<HostRequestMappingException>().WithMessage("trace number 1000000 does not fit 6 digits");
}
