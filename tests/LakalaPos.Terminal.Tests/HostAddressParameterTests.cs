using System.Collections.Concurrent;
using FluentAssertions;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Parameters;
using LakalaPos.Devices;
using LakalaPos.Devices.Headless;
using LakalaPos.HostSimulator;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Server;
using LakalaPos.Profiles;
using LakalaPos.Protocol.Links;
using LakalaPos.Terminal.Composition;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Xunit;

namespace LakalaPos.Terminal.Tests;

/// <summary>
/// 系统管理's host address over real TCP: two host simulators on 127.0.0.1 (two front ends of one
/// acquirer: they share its store), a terminal stack as `run` builds it. A new address takes
/// effect before the next request, is kept through a power cut, and --host wins over it.
/// </summary>
public sealed class HostAddressParameterTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private readonly string _work = Directory.CreateTempSubdirectory("lakalapos-hostaddr-").FullName;
    private readonly InMemoryHostStore _store = new();
    private readonly FrontEnd _first;
    private readonly FrontEnd _second;
    private readonly LogLines _log = new();

    public HostAddressParameterTests()
    {
        _first = new FrontEnd(_store);
        _second = new FrontEnd(_store);
    }

    [Fact]
    public void A_new_host_address_takes_the_next_sale_to_the_new_host_and_not_the_old_one()
    {
        using (var terminal = Start(hostOverride: null))
        {
            terminal.SignIn();
            terminal.ApprovedSale("2500");
            _first.Mtis.Should().Equal("0800", "0200");
            _first.Server.ConnectedClients.Should().Be(1);

            terminal.Parameters.Set(ParameterCatalog.HostAddress, _second.Address);
            terminal.ApprovedSale("3000");

            _first.Mtis.Should().Equal("0800", "0200");
            _second.Mtis.Should().Equal(["0800", "0200"], "another host may mean other keys: the terminal signs in there first");
            SpinWait.SpinUntil(() => _first.Server.ConnectedClients == 0, Limit).Should().BeTrue("the old connection is closed");
        }
        _log.Lines.Should().Contain($"Host address changed to {_second.Address}");
    }

    [Fact]
    public void The_host_address_is_kept_through_a_power_cut_and_a_host_override_wins_over_it_for_its_run()
    {
        using (var terminal = Start(hostOverride: null))
        {
            terminal.SignIn();
            terminal.Parameters.Set(ParameterCatalog.HostAddress, _second.Address);
        }
        using (var terminal = Start(hostOverride: null))
        {
            terminal.Parameters.Get(ParameterCatalog.HostAddress).Should().Be(_second.Address);
            terminal.SignIn();
            terminal.ApprovedSale("1000");
        }
        _first.Mtis.Should().Equal("0800");
        _second.Mtis.Should().Equal("0800", "0200");

        using (var terminal = Start(hostOverride: _first.Address))
        {
            terminal.SignIn();
            terminal.ApprovedSale("1200");
        }
        _first.Mtis.Should().Equal("0800", "0800", "0200");
        _second.Mtis.Should().Equal("0800", "0200");
        _log.Lines.Should().Contain(line => line.Contains($"Host address {_second.Address}", StringComparison.Ordinal) && line.Contains("is ignored for this run", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_tpdu_goes_with_the_next_request()
    {
        using var terminal = Start(hostOverride: null);
        terminal.SignIn();

        terminal.Parameters.Set(ParameterCatalog.Tpdu, "6000051234");
        terminal.ApprovedSale("500");

        _first.Simulator.Received.Select(m => Convert.ToHexString(m.Message!.Tpdu)).Should().Equal(
            ["6000030000", "6000051234", "6000051234"], "the sign-in a new TPDU needs and the sale both carry it");
    }

    private Terminal Start(string? hostOverride)
    {
        var profiles = Path.Combine(_work, "profiles");
        Directory.CreateDirectory(profiles);
        File.WriteAllText(Path.Combine(profiles, "tcp.json"), File.ReadAllText(RepositoryRoot.Combine("hardware-profiles", "test.json"))
            .Replace("\"name\": \"test\"", "\"name\": \"tcp\"", StringComparison.Ordinal)
            .Replace("\"link\": \"simulator\"", "\"link\": \"tcp\"", StringComparison.Ordinal)
            .Replace("\"address\": \"127.0.0.1:5800\"", $"\"address\": \"{_first.Address}\"", StringComparison.Ordinal));
        var profile = HardwareProfileLoader.LoadByName(profiles, "tcp");
        profile.Host.Link.Should().Be(HostLinkKind.Tcp);
        var data = Path.Combine(_work, "data");
        Directory.CreateDirectory(data);
        var devices = DeviceDriverRegistry.WithHeadless().Create(profile);
        return new Terminal(TerminalStack.Open(profile, devices, data, hostOverride, _log.Logger), devices);
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    /// <summary>A host simulator on 127.0.0.1, its own port.</summary>
    private sealed class FrontEnd : IDisposable
    {
        public FrontEnd(IHostStore store)
        {
            Simulator = new AcquirerSimulator(new SimulatorSettings { DefaultMasterKey = HostLinkSettings.TestMasterKey }, TimeProvider.System, null, store);
            Server = new TcpFrameServer(Simulator, Logger.None);
        }

        public AcquirerSimulator Simulator { get; }
        public TcpFrameServer Server { get; }
        public string Address => $"127.0.0.1:{Server.Port}";
        public IEnumerable<string> Mtis => Simulator.Received.Select(m => m.Message?.Mti ?? "?");

        public void Dispose() => Server.Dispose();
    }

    /// <summary>The stack with its headless devices, its engine run on the test's thread (as `run`'s loop runs it).</summary>
    private sealed class Terminal(TerminalStack stack, DeviceSet devices) : IDisposable
    {
        private readonly HeadlessKeypad _keypad = (HeadlessKeypad)devices.Keypad;
        private readonly HeadlessDisplay _display = (HeadlessDisplay)devices.Display;
        private readonly HeadlessCardReader _reader = (HeadlessCardReader)devices.CardReader;
        private bool _on;

        private TerminalEngine Engine => stack.Engine;

        public TerminalParameters Parameters => Engine.Context.Parameters;

        public void SignIn()
        {
            WaitFor("请输入操作员号");
            Type("01");
            WaitFor("请输入密码");
            Type("0000");
            WaitFor("签到成功");
            WaitFor("请刷卡/插卡/挥卡");
        }

        public void ApprovedSale(string fen)
        {
            WaitFor("请刷卡/插卡/挥卡");
            _reader.Present("debit", EntryMode.Swipe);
            WaitFor("请输入金额");
            Type(fen);
            WaitFor("请输入密码");
            Type("123456");
            WaitFor("交易成功");
            WaitFor("按确认打印第");
            _keypad.Press(Key.Cancel);
            WaitFor("请刷卡/插卡/挥卡");
        }

        private void Type(string digits)
        {
            foreach (var digit in digits)
                _keypad.Press(KeyExtensions.FromDigit(digit));
            _keypad.Press(Key.Enter);
        }

        private string Screen => string.Join("\n", _display.Rows);

        /// <summary>Runs the engine (input, host answers, timers) until the screen shows <paramref name="text"/>.</summary>
        private void WaitFor(string text)
        {
            if (!_on)
            {
                Engine.PowerOn();
                _on = true;
            }
            var deadline = DateTime.UtcNow + Limit;
            while (true)
            {
                Engine.RunUntilIdle();
                Engine.FireDueTimers();
                if (Screen.Contains(text, StringComparison.Ordinal))
                    return;
                DateTime.UtcNow.Should().BeBefore(deadline, $"the screen shows \"{text}\"; it shows:\n{Screen}");
                var next = Engine.TimeToNextDeadline ?? TimeSpan.FromMilliseconds(100);
                Engine.Queue.WaitForEvent(next < TimeSpan.FromMilliseconds(100) ? next : TimeSpan.FromMilliseconds(100), CancellationToken.None);
            }
        }

        public void Dispose() => stack.Dispose();
    }

    private sealed class LogLines : ILogEventSink
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public LogLines() => Logger = new LoggerConfiguration().MinimumLevel.Debug().WriteTo.Sink(this).CreateLogger();

        public ILogger Logger { get; }

        public IReadOnlyList<string> Lines => [.. _lines];

        public void Emit(LogEvent logEvent) => _lines.Enqueue(logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Replace("\"", "", StringComparison.Ordinal));
    }
}
