using LakalaPos.Iso8583.Fields;
using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Tests.Support;
using LakalaPos.HostSimulator.Wire;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Iso8583.Framing;
using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator.Tests;

/// <summary>Whole messages through Handle, with the real codec (and the real crypto where the host is RealHost).</summary>
public class WireRoundTripTests
{
    private readonly FixedClock _clock = new();
    private readonly CapturedLog _log = new();

    private AcquirerSimulator RealHost() => new(clock: _clock, logger: _log.Logger);

    private static Iso8583Message Answer(HostReply reply) =>
        Iso8583Codec.Decode(reply.Should().BeOfType<HostReply.Answer>().Subject.Body);

    [Fact]
    public void A_received_message_is_recorded_decoded_with_its_fields_as_replay_checks_read_them()
    {
        var host = new AcquirerSimulator(clock: _clock, logger: _log.Logger, crypto: new FakeHostCrypto());
        var body = Iso8583Codec.Encode(Requests.SignIn(trace: "000001"));

        var answer = Answer(host.Handle(body));

        answer.Mti.Should().Be("0810");
        answer.GetText(39).Should().Be("00");
        var entry = host.Received.Should().ContainSingle().Subject;
        entry.Raw.Should().Equal(body);
        entry.Message!.Mti.Should().Be("0800");
        entry.Fields.Should().Contain("11", "000001").And.Contain("41", Requests.TerminalNumber).And.Contain("60.3", "003");
    }

    [Fact]
    public void Garbage_bytes_do_not_decode()
    {
        var act = () => Iso8583Codec.Decode(GarbageBytes.Create());

        act.Should().Throw<Iso8583FormatException>();
    }

    [Fact]
    public void Field_values_never_reach_the_log_in_clear()
    {
        var host = new AcquirerSimulator(clock: _clock, logger: _log.Logger, crypto: new FakeHostCrypto());
        host.Handle(Iso8583Codec.Encode(Requests.SignIn()));
        var keys = host.Store.SessionKeys(new(Requests.TerminalNumber, Requests.MerchantNumber))!;
        var sale = Requests.Sale(TestCardTable.Debit, 100, pinBlock: FakeHostCrypto.EncryptPin("123456", keys.PinKey));

        host.Handle(Iso8583Codec.Encode(sale));

        _log.All.Should().NotContain(TestCardTable.Debit.Pan).And.NotContain(Convert.ToHexString(sale.GetBinary(52)!));
        _log.All.Should().Contain("622202*********3446");
    }

    [Fact]
    public void A_terminal_signs_in_with_the_test_master_key_and_makes_a_MAC_ed_sale_with_an_encrypted_PIN()
    {
        var host = RealHost();
        var signIn = Answer(host.Handle(Iso8583Codec.Encode(Requests.SignIn())));
        var keys = WorkingKeys.Unpack(signIn.GetBinary(62)!, SimulatorSettings.TestMasterKey);

        var sale = Requests.Sale(TestCardTable.Debit, 10_000, pinBlock: PinBlock.Encrypt("123456", TestCardTable.Debit.Pan, keys.PinKey));
        var reply = host.Handle(Iso8583Codec.EncodeWithMac(sale, input => UnionPayMac.Compute(input, keys.MacKey)));

        var body = reply.Should().BeOfType<HostReply.Answer>().Subject.Body;
        var answer = Iso8583Codec.Decode(body);
        answer.GetText(39).Should().Be("00");
        answer.GetBinary(64).Should().Equal(UnionPayMac.Compute(Iso8583Codec.MacInput(body), keys.MacKey));
    }

    [Fact]
    public void A_wrong_PIN_under_the_real_PIN_key_is_declined_55()
    {
        var host = RealHost();
        var keys = WorkingKeys.Unpack(Answer(host.Handle(Iso8583Codec.Encode(Requests.SignIn()))).GetBinary(62)!, SimulatorSettings.TestMasterKey);

        var sale = Requests.Sale(TestCardTable.Debit, 10_000, pinBlock: PinBlock.Encrypt("654321", TestCardTable.Debit.Pan, keys.PinKey));

        Answer(host.Handle(Iso8583Codec.Encode(sale))).GetText(39).Should().Be("55");
    }

    [Fact]
    public void A_request_with_a_tampered_MAC_gets_A0()
    {
        var host = RealHost();
        var keys = WorkingKeys.Unpack(Answer(host.Handle(Iso8583Codec.Encode(Requests.SignIn()))).GetBinary(62)!, SimulatorSettings.TestMasterKey);
        var sale = Requests.Sale(TestCardTable.Debit, 10_000, pinBlock: PinBlock.Encrypt("123456", TestCardTable.Debit.Pan, keys.PinKey));
        var body = Iso8583Codec.EncodeWithMac(sale, input => UnionPayMac.Compute(input, keys.MacKey));
        body[^1] ^= 0x01;

        Answer(host.Handle(body)).GetText(39).Should().Be("A0");
    }

    [Fact]
    public void Rule_bad_mac_answers_00_with_a_MAC_that_does_not_verify()
    {
        var host = RealHost();
        var keys = WorkingKeys.Unpack(Answer(host.Handle(Iso8583Codec.Encode(Requests.SignIn()))).GetBinary(62)!, SimulatorSettings.TestMasterKey);
        host.QueueRule("bad-mac", []);
        var sale = Requests.Sale(TestCardTable.Debit, 10_000, pinBlock: PinBlock.Encrypt("123456", TestCardTable.Debit.Pan, keys.PinKey));

        var body = host.Handle(Iso8583Codec.EncodeWithMac(sale, input => UnionPayMac.Compute(input, keys.MacKey)))
            .Should().BeOfType<HostReply.Answer>().Subject.Body;

        var answer = Iso8583Codec.Decode(body);
        answer.GetText(39).Should().Be("00");
        answer.GetBinary(64).Should().HaveCount(8).And.NotEqual(UnionPayMac.Compute(Iso8583Codec.MacInput(body), keys.MacKey));
    }

    [Fact]
    public void A_MAC_ed_void_with_a_real_PIN_is_approved_with_a_MAC_and_its_reversal_undoes_it()
    {
        var host = RealHost();
        var keys = WorkingKeys.Unpack(Answer(host.Handle(Iso8583Codec.Encode(Requests.SignIn()))).GetBinary(62)!, SimulatorSettings.TestMasterKey);
        byte[] Send(Iso8583Message m) => host.Handle(Iso8583Codec.EncodeWithMac(m, input => UnionPayMac.Compute(input, keys.MacKey)))
            .Should().BeOfType<HostReply.Answer>().Subject.Body;
        var sale = Requests.Sale(TestCardTable.Credit, 10_000, pinBlock: PinBlock.Encrypt("654321", TestCardTable.Credit.Pan, keys.PinKey));
        var saleAnswer = Iso8583Codec.Decode(Send(sale));
        var voidRequest = Requests.VoidOf(sale, saleAnswer, pinBlock: PinBlock.Encrypt("654321", TestCardTable.Credit.Pan, keys.PinKey));

        var body = Send(voidRequest);

        var answer = Iso8583Codec.Decode(body);
        answer.GetText(39).Should().Be("00");
        answer.GetBinary(64).Should().Equal(UnionPayMac.Compute(Iso8583Codec.MacInput(body), keys.MacKey));
        host.Received[^1].Fields.Should().Contain("61.1", "000001").And.Contain("61.2", "000002");
        host.Store.AvailableFen(TestCardTable.Credit.Pan).Should().Be(TestCardTable.Credit.OpeningFen);

        Iso8583Codec.Decode(Send(Requests.ReversalOf(voidRequest))).GetText(39).Should().Be("00");
        host.Store.AvailableFen(TestCardTable.Credit.Pan).Should().Be(TestCardTable.Credit.OpeningFen - 10_000);
    }

    [Fact]
    public void A_MAC_ed_refund_is_answered_0230_with_a_MAC_and_a_merchant_balance_the_terminal_reads()
    {
        var host = RealHost();
        var keys = WorkingKeys.Unpack(Answer(host.Handle(Iso8583Codec.Encode(Requests.SignIn()))).GetBinary(62)!, SimulatorSettings.TestMasterKey);
        byte[] Send(Iso8583Message m) => host.Handle(Iso8583Codec.EncodeWithMac(m, input => UnionPayMac.Compute(input, keys.MacKey)))
            .Should().BeOfType<HostReply.Answer>().Subject.Body;
        var sale = Requests.Sale(TestCardTable.Debit, 10_000, pinBlock: PinBlock.Encrypt("123456", TestCardTable.Debit.Pan, keys.PinKey));
        var saleAnswer = Iso8583Codec.Decode(Send(sale));

        var body = Send(Requests.Refund(TestCardTable.Debit, saleAnswer.GetText(37)!, saleAnswer.GetText(13)!, 2_500, method: "RM2"));

        var answer = Iso8583Codec.Decode(body);
        answer.Mti.Should().Be("0230");
        answer.GetBinary(64).Should().Equal(UnionPayMac.Compute(Iso8583Codec.MacInput(body), keys.MacKey));
        answer.GetText(39).Should().Be("00");
        BalanceField.Parse(answer.GetText(54)!).Should().Be(100_000_000 - 2_500);
        host.Received[^1].Fields.Should().Contain("61.3", "1122").And.Contain("63.1", "RM2").And.Contain("60.1", "25");
    }
}
