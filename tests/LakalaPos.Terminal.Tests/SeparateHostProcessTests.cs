using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;
using static LakalaPos.Terminal.Tests.OperatorSteps;

namespace LakalaPos.Terminal.Tests;

/// <summary>
/// The terminal and the host simulator as two processes talking ISO 8583 over 127.0.0.1, as a
/// real terminal talks to a real acquirer — including the host dying in the middle of a request.
/// </summary>
public sealed class SeparateHostProcessTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("lakalapos-tcp-").FullName;

    [Fact]
    public void A_sale_goes_to_a_separate_host_process_over_tcp()
    {
        // --verbose: the host logs each message it receives (at debug since the hot path went quiet).
        using var host = CliProcess.StartHostSimulator(_work, "--port", "0", "--db", Path.Combine(_work, "host.db"), "--verbose");
        var port = ListeningPort(host);
        using var terminal = StartTerminal(port);

        SignIn(terminal);
        Sale(terminal, "swipe debit", "2500", "123456");
        terminal.WaitFor("交易成功");
        terminal.WaitFor("RMB 25.00");
        host.WaitFor("0200");
        terminal.Type("quit");
        terminal.WaitForExit().Should().Be(0);
    }

    [Fact]
    public void A_host_killed_mid_request_and_restarted_gets_the_reversal_and_the_next_sale()
    {
        var port = FreePort();
        var hostDb = Path.Combine(_work, "host.db");
        // --verbose: the host logs each message as it arrives, so the test knows the sale got there.
        var host = CliProcess.StartHostSimulator(_work, "--port", port.ToString(), "--db", hostDb, "--verbose");
        try
        {
            ListeningPort(host);
            using var terminal = StartTerminal(port);
            SignIn(terminal);

            // The host takes the sale and is killed before it answers.
            host.Type("next timeout");
            host.WaitFor("ok: next message");
            Sale(terminal, "insert debit", "10000", "123456");
            host.WaitFor("Received 0200");
            host.Kill();

            // No answer: "交易超时"; the reversal cannot reach a dead host and stays due. The chip
            // card is still in: "请拔卡" until it is taken out.
            terminal.WaitFor("交易超时");
            terminal.WaitFor("请拔卡");
            terminal.Type("remove");
            terminal.WaitFor("请刷卡/插卡/挥卡");

            host.Dispose();
            host = CliProcess.StartHostSimulator(_work, "--port", port.ToString(), "--db", hostDb, "--verbose");
            ListeningPort(host);

            // The next sale: the reversal goes first, then the sale, which the restarted host approves.
            Sale(terminal, "swipe debit", "3000", "123456");
            host.WaitFor("0400 000000 from");
            terminal.WaitFor("交易成功");
            terminal.WaitFor("RMB 30.00");
            terminal.Type("quit");
            terminal.WaitForExit().Should().Be(0);
        }
        finally
        {
            host.Dispose();
        }
    }

    [Fact]
    public void A_host_that_lost_its_sessions_asks_for_a_sign_in_and_the_terminal_signs_in_before_its_next_request()
    {
        var port = FreePort();
        var host = CliProcess.StartHostSimulator(_work, "--port", port.ToString(), "--memory");
        try
        {
            ListeningPort(host);
            using var terminal = StartTerminal(port);
            SignIn(terminal);

            // A host restarted without its state no longer knows the terminal's working keys.
            host.Kill();
            host.Dispose();
            host = CliProcess.StartHostSimulator(_work, "--port", port.ToString(), "--memory");
            ListeningPort(host);

            Sale(terminal, "swipe debit", "1000", "123456");
            terminal.WaitFor("A0");
            terminal.WaitFor("请刷卡/插卡/挥卡");

            // The answer's header asked for a sign-in: it goes first, then the sale.
            Sale(terminal, "swipe debit", "1000", "123456");
            host.WaitFor("signed in with new working keys");
            terminal.WaitFor("交易成功");
            terminal.Type("quit");
            terminal.WaitForExit().Should().Be(0);
        }
        finally
        {
            host.Dispose();
        }
    }

    [Fact]
    public void A_host_address_typed_in_system_parameters_takes_the_next_sale_to_another_host_process()
    {
        using var first = CliProcess.StartHostSimulator(_work, "--port", "0", "--db", Path.Combine(_work, "first.db"), "--verbose");
        using var second = CliProcess.StartHostSimulator(_work, "--port", "0", "--db", Path.Combine(_work, "second.db"), "--verbose");
        var firstPort = ListeningPort(first);
        var secondPort = ListeningPort(second);
        using var terminal = StartTerminal(firstPort);
        SignIn(terminal);
        ApprovedSale(terminal, "2500");
        first.WaitFor("Received 0200");

        // 系统管理 2 通讯参数 1 主机地址: the IP as 12 digits, then the port.
        terminal.Type("MENU 9");
        terminal.WaitFor("请输入管理员密码");
        terminal.Type("12345678");
        terminal.Type("");
        terminal.WaitFor("1 商户参数");
        terminal.Type("2");
        terminal.WaitFor("1 主机地址");
        terminal.Type("1");
        terminal.WaitFor($"当前 127.0.0.1:{firstPort}");
        terminal.Type("127000000001");
        terminal.Type("");
        terminal.WaitFor("请输入端口");
        terminal.Type(secondPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        terminal.Type("");
        terminal.WaitFor("设置成功");
        terminal.Type("CANCEL");
        terminal.Type("CANCEL");
        terminal.WaitFor("请刷卡/插卡/挥卡");

        // The next sale signs in at the new host first, then goes there; the first host hears nothing more.
        Sale(terminal, "swipe debit", "3000", "123456");
        second.WaitFor("Received 0800");
        second.WaitFor("Received 0200");
        terminal.WaitFor("RMB 30.00");
        terminal.Type("quit");
        terminal.WaitForExit().Should().Be(0);
        Regex.Matches(first.Output, "Received 0200").Should().ContainSingle("only the first sale went to the first host");
    }

    private CliProcess StartTerminal(int port)
    {
        var profiles = Path.Combine(_work, "profiles");
        Directory.CreateDirectory(profiles);
        // A short host time-out keeps the test quick; everything else is the emulator profile.
        File.WriteAllText(Path.Combine(profiles, "quick.json"), File.ReadAllText(RepositoryRoot.Combine("hardware-profiles", "emulator.json"))
            .Replace("\"name\": \"emulator\"", "\"name\": \"quick\"", StringComparison.Ordinal)
            .Replace("\"hostTimeoutSeconds\": 60", "\"hostTimeoutSeconds\": 3", StringComparison.Ordinal));
        var terminal = CliProcess.Start(_work, "run", "--profiles", profiles, "--profile", "quick",
            "--data", Path.Combine(_work, "data"), "--host", $"127.0.0.1:{port}");
        terminal.WaitFor($"host 127.0.0.1:{port}");
        return terminal;
    }

    private static int ListeningPort(CliProcess host)
    {
        host.WaitFor("listening on 127.0.0.1:");
        var match = Regex.Match(host.Output, @"listening on 127\.0\.0\.1:(\d+)");
        match.Success.Should().BeTrue(host.Output);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
