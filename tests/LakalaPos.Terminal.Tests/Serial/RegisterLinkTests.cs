using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using FluentAssertions;
using LakalaPos.Ecr.Framing;
using LakalaPos.Ecr.Messages;
using LakalaPos.Ecr.Register;
using LakalaPos.Terminal.Tests.Serial.Support;
using Xunit;
using static LakalaPos.Terminal.Tests.Serial.SerialSteps;

namespace LakalaPos.Terminal.Tests.Serial;

/// <summary>
/// A cash register on `lakalapos run`, as a shop meets it: the terminal process on its serial
/// devices (ptys), the register on a serial port (a pty) or on TCP, the cashier at the console.
/// Bad bytes are refused on the wire and the link goes on; a request asked again gets the same
/// answer; a register that lost its connection, or a terminal that lost its power after the
/// approval, still gets the answer by asking again — and no order is ever charged twice.
/// </summary>
[Collection(SerialProcesses.Name)]
public sealed class RegisterLinkTests : IDisposable
{
    private static readonly RegisterItem[] Goods = [new("可乐", 2, 350), new("面包", 1, 1200)];
    private readonly List<IDisposable> _owned = [];

    private static RegisterRequest Sale(string id, string order) => new(RegisterRequestType.Sale, id, order, Goods);

    // Asking again with the same id is what a register does when a frame or an answer is lost; the tests count the charges.
    private static EcrRegisterOptions Patient => new() { AnswerTimeout = TimeSpan.FromSeconds(30), Attempts = 2, ReconnectWait = TimeSpan.FromMilliseconds(500) };

    private SerialTerminal OnSerialPort(RegisterPty register) => Own(SerialTerminal.StartWithRegister(register.DevicePath));

    private SerialTerminal OnTcp(int port) => Own(SerialTerminal.StartWithRegister(null, "--ecr", $"127.0.0.1:{port}"));

    /// <summary>The cashier's part of a register sale: the order's total on screen, the card, the PIN, approved.</summary>
    private static void CashierPays(SerialTerminal terminal, string order)
    {
        terminal.WaitForScreen($"订单 {order}");
        terminal.ScreenText.Should().Contain("金额 19.00");
        terminal.Swipe(DebitTrack2);
        terminal.WaitForScreen("请输入密码");
        terminal.Type("123456" + Enter);
        terminal.WaitForScreen("交易成功");
    }

    /// <summary>How many transactions went to the host, over every run of the terminal (each is on disk first).</summary>
    private static int Charges(SerialTerminal terminal) => Regex.Matches(terminal.Log, "PENDING on disk; sending").Count;

    [Fact]
    public async Task Over_a_serial_port_a_register_sale_is_charged_once_and_the_same_request_again_gets_the_same_answer()
    {
        var pty = Own(new RegisterPty());
        var terminal = OnSerialPort(pty);
        SignIn(terminal);
        using var register = new EcrRegister(() => pty, Patient);

        var asked = Task.Run(() => register.Ask(Sale("S1", "E1001")));
        CashierPays(terminal, "E1001");
        var answer = await asked.WaitAsync(TimeSpan.FromSeconds(20));

        answer.Should().Match<TerminalAnswer>(a => a.Result == AnswerResult.Approved && a.AmountFen == 1900 && a.Code == "00"
            && a.Voucher == "000002" && a.Card == "622202*********3446" && a.Rrn != null && a.Auth != null);
        var receipt = terminal.WaitForReceipt(1);
        receipt.Should().Contain(row => row.StartsWith("订单号 ORDER NO", StringComparison.Ordinal) && row.EndsWith("E1001", StringComparison.Ordinal));
        receipt.Should().Contain("可乐").And.Contain(row => row.StartsWith("2 x 3.50", StringComparison.Ordinal));

        register.Ask(Sale("S1", "E1001")).Should().BeEquivalentTo(answer, "asked again, the same answer");
        register.Ask(Sale("S2", "E1001")).Should().Match<TerminalAnswer>(a => a.Result == AnswerResult.Error && a.Reason == "BUSY",
            "the cashier is still at the second copy");
        terminal.Type(Enter);
        terminal.WaitForScreen(Idle);
        register.Ask(Sale("S2", "E1001")).Should().Match<TerminalAnswer>(a => a.Result == AnswerResult.Error && a.Reason == "ORDER_USED");
        Charges(terminal).Should().Be(1);
    }

    [Fact]
    public void Over_a_serial_port_a_garbled_frame_and_a_wrong_checksum_are_refused_and_the_link_goes_on()
    {
        var pty = Own(new RegisterPty());
        var terminal = OnSerialPort(pty);
        SignIn(terminal);
        var good = EcrFrame.Encode(new RegisterRequest(RegisterRequestType.Query, "Q1", "E2001", []).ToMessage().Format());
        var wrongChecksum = good.ToArray();
        wrongChecksum[^1] ^= 0x5A;

        pty.SendRaw("noise"u8);
        pty.SendRaw([EcrControl.Stx, (byte)'0', (byte)'x', (byte)'1', (byte)'2']);
        pty.ReadUntilNak(TimeSpan.FromSeconds(5)).Should().Equal([EcrControl.Nak], "a length that is not digits is refused");
        pty.SendRaw(wrongChecksum);
        pty.ReadUntilNak(TimeSpan.FromSeconds(5)).Should().Equal([EcrControl.Nak], "a wrong checksum is refused and nothing is answered");

        using var register = new EcrRegister(() => pty, Patient);
        register.Ask(new RegisterRequest(RegisterRequestType.Query, "Q2", "E2001", []))
            .Should().Match<TerminalAnswer>(a => a.Result == AnswerResult.Error && a.Reason == "NO_ORDER");
        terminal.Log.Should().NotContain("[ERR]").And.NotContain("Fault in");
    }

    [Fact]
    public void Over_tcp_a_register_that_disconnects_mid_transaction_gets_the_answer_by_asking_again()
    {
        var port = FreePort();
        var terminal = OnTcp(port);
        SignIn(terminal);

        using (var connection = TcpEcrConnection.Connect("127.0.0.1", port, TimeSpan.FromSeconds(5)))
            SendAndHangUp(connection, Sale("T1", "E3001"));
        CashierPays(terminal, "E3001");
        terminal.WaitForLog("the register can ask again with the same id");

        using var register = new EcrRegister(() => TcpEcrConnection.Connect("127.0.0.1", port, TimeSpan.FromSeconds(5)), Patient);
        register.Ask(Sale("T1", "E3001")).Should().Match<TerminalAnswer>(a => a.Result == AnswerResult.Approved && a.AmountFen == 1900 && a.Voucher == "000002");
        Charges(terminal).Should().Be(1);
    }

    [Fact]
    public void Over_tcp_a_power_cut_after_the_approval_before_the_register_had_its_answer_loses_nothing_and_charges_once()
    {
        var port = FreePort();
        var terminal = OnTcp(port);
        SignIn(terminal);
        using (var connection = TcpEcrConnection.Connect("127.0.0.1", port, TimeSpan.FromSeconds(5)))
            SendAndHangUp(connection, Sale("P1", "E4001"));
        CashierPays(terminal, "E4001");

        terminal.PowerCut();
        SignIn(terminal);

        using var register = new EcrRegister(() => TcpEcrConnection.Connect("127.0.0.1", port, TimeSpan.FromSeconds(5)), Patient);
        register.Ask(Sale("P1", "E4001")).Should().Match<TerminalAnswer>(a => a.Result == AnswerResult.Approved && a.Voucher == "000002" && a.AmountFen == 1900);
        register.Ask(Sale("P2", "E4001")).Should().Match<TerminalAnswer>(a => a.Result == AnswerResult.Error && a.Reason == "ORDER_USED");
        Charges(terminal).Should().Be(1);
    }

    /// <summary>The register sends its request, sees it acknowledged, and its connection drops before any answer.</summary>
    private static void SendAndHangUp(TcpEcrConnection connection, RegisterRequest request)
    {
        connection.Write(EcrFrame.Encode(request.ToMessage().Format()));
        var ack = new byte[1];
        connection.Read(ack, TimeSpan.FromSeconds(5)).Should().Be(1);
        ack[0].Should().Be(EcrControl.Ack);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private T Own<T>(T thing) where T : IDisposable
    {
        _owned.Add(thing);
        return thing;
    }

    public void Dispose()
    {
        foreach (var thing in Enumerable.Reverse(_owned))
            thing.Dispose();
        foreach (var pty in _owned.OfType<RegisterPty>())
            pty.Close();
    }
}
