using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Tests.Support;

namespace LakalaPos.HostSimulator.Tests;

public class SignInTests
{
    private readonly HostUnderTest _host = new();

    [Fact]
    public void Sign_in_is_approved_with_an_0810_carrying_fresh_keys_under_the_test_master_key()
    {
        var answer = _host.Answer(Requests.SignIn());

        answer.Mti.Should().Be("0810");
        answer.GetText(39).Should().Be("00");
        var keys = _host.Simulator.Store.SessionKeys(new TerminalId(Requests.TerminalNumber, Requests.MerchantNumber))!;
        answer.GetBinary(62).Should().Equal(_host.Crypto.PackWorkingKeys(keys, SimulatorSettings.TestMasterKey));
        Convert.ToHexString(SimulatorSettings.TestMasterKey).Should().Be("0123456789ABCDEFFEDCBA9876543210");
    }

    [Fact]
    public void Sign_in_answer_echoes_trace_terminal_merchant_and_field_60_and_gives_host_time_and_an_rrn()
    {
        var answer = _host.Answer(Requests.SignIn(trace: "000007"));

        answer.GetText(11).Should().Be("000007");
        answer.GetText(41).Should().Be(Requests.TerminalNumber);
        answer.GetText(42).Should().Be(Requests.MerchantNumber);
        answer.GetText(60).Should().Be("00000001003");
        answer.GetText(12).Should().Be("100000");
        answer.GetText(13).Should().Be("1122");
        answer.GetText(37).Should().Be("261122000001");
        answer.Has(63).Should().BeFalse("the operator number of the request is not echoed");
    }

    [Fact]
    public void Answer_swaps_tpdu_destination_and_source_and_copies_the_header()
    {
        var request = Requests.SignIn();
        request.Tpdu = [0x60, 0x00, 0x03, 0x12, 0x34];
        request.Header = [0x60, 0x31, 0x00, 0x31, 0x00, 0x00];

        var answer = _host.Answer(request);

        answer.Tpdu.Should().Equal(0x60, 0x12, 0x34, 0x00, 0x03);
        answer.Header.Should().Equal(0x60, 0x31, 0x00, 0x31, 0x00, 0x00);
    }

    [Fact]
    public void A_terminal_with_its_own_master_key_gets_its_keys_under_that_key()
    {
        var ownKey = Convert.FromHexString("11111111111111112222222222222222");
        var host = new HostUnderTest(new SimulatorSettings
        {
            MasterKeysByTerminal = new Dictionary<string, byte[]> { ["87654321"] = ownKey },
        });

        var answer = host.Answer(Requests.SignIn(terminal: "87654321"));

        answer.GetBinary(62)![..16].Should().Equal(ownKey);
    }

    [Fact]
    public void Each_sign_in_replaces_the_terminals_keys()
    {
        var first = _host.SignIn();
        var second = _host.SignIn();

        second.PinKey.Should().NotEqual(first.PinKey);
        _host.Simulator.Store.SessionKeys(new(Requests.TerminalNumber, Requests.MerchantNumber)).Should().BeSameAs(second);
    }

    [Fact]
    public void Terminals_are_told_apart_by_terminal_and_merchant_number()
    {
        _host.SignIn(merchant: "898100012340002");

        var store = _host.Simulator.Store;
        store.SessionKeys(new(Requests.TerminalNumber, "898100012340002")).Should().NotBeNull();
        store.SessionKeys(new(Requests.TerminalNumber, Requests.MerchantNumber)).Should().BeNull();
    }

    [Fact]
    public void Sign_in_for_single_length_keys_is_refused_as_invalid_and_starts_no_session()
    {
        var request = Requests.SignIn().Set(60, "00000001001");

        _host.Answer(request).GetText(39).Should().Be("12");
        _host.Simulator.Store.SessionKeys(new(Requests.TerminalNumber, Requests.MerchantNumber)).Should().BeNull();
    }

    [Fact]
    public void Sign_out_ends_the_session_so_the_next_sale_asks_for_a_sign_in()
    {
        _host.SignIn();

        _host.Answer(Requests.SignOut()).GetText(39).Should().Be("00");

        _host.Simulator.Store.SessionKeys(new(Requests.TerminalNumber, Requests.MerchantNumber)).Should().BeNull();
    }

    [Fact]
    public void Echo_test_is_answered_0830_approved_without_a_sign_in()
    {
        var answer = _host.Answer(Requests.EchoTest());

        answer.Mti.Should().Be("0830");
        answer.GetText(39).Should().Be("00");
    }
}
