using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using FluentAssertions;
using LakalaPos.HostSimulator;
using LakalaPos.HostSimulator.Server;
using LakalaPos.Iso8583.Cards;
using LakalaPos.Protocol.Links;
using LakalaPos.Terminal.Cli;
using Serilog.Core;
using Xunit;

namespace LakalaPos.Terminal.Tests.Cli;

/// <summary>
/// <c>lakalapos fleet</c>: its arguments, and short runs against a host simulator served on
/// 127.0.0.1 in the test's process (the same TCP server the simulator program runs).
/// </summary>
public sealed partial class FleetCommandTests : IDisposable
{
    private readonly AcquirerSimulator _simulator = new(new SimulatorSettings { DefaultMasterKey = HostLinkSettings.TestMasterKey }, TimeProvider.System);
    private readonly TcpFrameServer _server;
    private readonly ConcurrentDictionary<string, int> _terminals = new();
    private readonly ConcurrentBag<string> _financialWithoutMac = [];
    private int _financial;

    public FleetCommandTests()
    {
        _server = new TcpFrameServer(_simulator, Logger.None);
        _simulator.MessageReceived += (_, entry) =>
        {
            if (entry.Message is not { } message)
                return;
            _terminals.AddOrUpdate(message.GetText(41) ?? "?", 1, (_, n) => n + 1);
            if (message.Mti is "0200" or "0220")
            {
                Interlocked.Increment(ref _financial);
                if (message.GetBinary(64) is null)
                    _financialWithoutMac.Add($"{message.Mti} trace {message.GetText(11)}");
            }
        };
    }

    private string Host => $"127.0.0.1:{_server.Port}";

    public void Dispose() => _server.Dispose();

    [Theory]
    [InlineData("--terminals", "3", "--duration", "2")]
    [InlineData("--host", "127.0.0.1:5800", "--terminals", "0", "--duration", "2")]
    [InlineData("--host", "127.0.0.1:5800", "--duration", "2")]
    [InlineData("--host", "127.0.0.1:5800", "--terminals", "3")]
    [InlineData("--host", "127.0.0.1:5800", "--terminals", "3", "--duration", "0")]
    [InlineData("--host", "127.0.0.1", "--terminals", "3", "--duration", "2")]
    [InlineData("--host", "127.0.0.1:5800", "--terminals", "3", "--duration", "2", "--mix", "sale:80,void:10,cashback:10")]
    [InlineData("--host", "127.0.0.1:5800", "--terminals", "3", "--duration", "2", "--mix", "sale:80,sale:20")]
    [InlineData("--host", "127.0.0.1:5800", "--terminals", "3", "--duration", "2", "--mix", "sale:-1")]
    [InlineData("--host", "127.0.0.1:5800", "--terminals", "3", "--duration", "2", "--mix", "void:50,refund:50")]
    [InlineData("--host", "127.0.0.1:5800", "--terminals", "3", "--duration", "2", "--mix", "sale")]
    [InlineData("--host", "127.0.0.1:5800", "--terminals", "3", "--duration", "2", "--timeout", "0")]
    [InlineData("--host", "127.0.0.1:5800", "--terminals", "3", "--duration", "2", "--verbose")]
    [InlineData("--host", "127.0.0.1:5800", "--terminals", "3", "--duration")]
    public void Bad_arguments_are_refused_with_the_usage_and_exit_code_2(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        FleetCommand.Run(args, output, error).Should().Be(2);

        output.ToString().Should().BeEmpty("nothing is started");
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("lakalapos: ");
        lines[1].TrimEnd().Should().Be($"usage: lakalapos {FleetCommand.Usage}");
    }

    [Fact]
    public void The_mix_is_relative_weights_and_defaults_to_80_10_10()
    {
        FleetArguments.TryParse(["--host", "[::1]:5800", "--terminals", "2", "--duration", "5"], out var parsed, out var problem).Should().BeTrue(problem);
        parsed.Should().Be(new FleetArguments("[::1]:5800", 2, 5, new FleetMix(80, 10, 10), FleetArguments.DefaultTimeoutSeconds));

        FleetArguments.TryParse(["--mix", "refund:1,sale:2", "--timeout", "3", "--host", "h:1", "--terminals", "1", "--duration", "1"], out parsed, out problem).Should().BeTrue(problem);
        parsed.Mix.Should().Be(new FleetMix(2, 0, 1));
        parsed.TimeoutSeconds.Should().Be(3);
    }

    [Fact]
    public void A_short_run_signs_in_distinct_terminals_sends_macd_requests_and_ends_with_the_summary_line()
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var clock = Stopwatch.StartNew();

        var code = FleetCommand.Run(new FleetArguments(Host, 3, 2, FleetMix.Default, 5), output, error, CancellationToken.None);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(8));
        code.Should().Be(0, error.ToString());
        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        lines[0].Should().StartWith("fleet: 3 terminals (90000001-90000003) against " + Host);
        lines.Should().Contain(l => Progress().IsMatch(l), "a progress line each second");
        var summary = lines.Single(l => Summary().IsMatch(l));
        var match = Summary().Match(summary);
        match.Groups["terminals"].Value.Should().Be("3");
        match.Groups["seconds"].Value.Should().BeOneOf(["2", "3"], "the run is 2 s, and the last answers are waited for");
        long.Parse(match.Groups["sales"].Value).Should().BePositive();
        long.Parse(match.Groups["rate"].Value).Should().BePositive();
        match.Groups["errors"].Value.Should().Be("0", output.ToString());

        var breakdown = lines.SkipWhile(l => l != summary).Skip(1).ToList();
        breakdown.Should().Contain(l => l.StartsWith("  00 approved: ", StringComparison.Ordinal));
        breakdown.Where(l => CodeLine().IsMatch(l)).Should().OnlyContain(l => l.StartsWith("  00 "),
            "small sales on the richest cards, voids and refunds of its own sales are all approved — no A0 (MAC), 25, 51 or 94");
        breakdown.Should().Contain(l => AnsweredLine().IsMatch(l));

        _terminals.Keys.Should().BeEquivalentTo(["90000001", "90000002", "90000003"], "each virtual terminal has its own terminal number");
        _financial.Should().BePositive();
        _financialWithoutMac.Should().BeEmpty("every 0200/0220 after the sign-in carries a MAC, which the host verified");
        var allText = output.ToString() + error.ToString();
        foreach (var card in TestCardTable.All)
            allText.Should().NotContain(card.Pan).And.NotContain(card.Pan[^10..]);
    }

    [Fact]
    public async Task A_request_the_host_does_not_answer_is_an_error_the_terminal_goes_on_and_reverses_a_sale_or_void()
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var run = Task.Run(() => FleetCommand.Run(new FleetArguments(Host, 2, 3, FleetMix.Default, 1), output, error, CancellationToken.None));
        SpinWait.SpinUntil(() => Volatile.Read(ref _financial) > 0, TimeSpan.FromSeconds(5)).Should().BeTrue("the terminals signed in and sell");

        _simulator.QueueRule("timeout", []);

        (await run.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be(0, error.ToString());
        var text = output.ToString();
        text.Should().MatchRegex(@"(?m)^fleet: 2 terminals, \d s: [1-9]\d* sales, \d+/s, p50 [\d.]+ ms, p99 [\d.]+ ms, errors 1\r?$");
        text.Should().Contain("  errors: time-out 1, not connected 0, connection lost 0, bad MAC 0, malformed 0; reversals given up 0");
        var reversals = _simulator.Received.Count(m => m.Message?.Mti == "0400");
        reversals.Should().BeLessThanOrEqualTo(1, "only the request that got no answer is reversed (a refund is not)");
        text.Should().MatchRegex($@"(?m)^  answered: sign-in 2, sale [1-9]\d*, void \d+, refund \d+, reversal {reversals}\r?$");
        text.Split('\n').Where(l => CodeLine().IsMatch(l.TrimEnd('\r'))).Should().OnlyContain(l => l.StartsWith("  00 "), "the reversal is approved too");
    }

    [Fact]
    public void A_stop_ends_the_run_early_and_the_summary_still_comes()
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1.5));
        var clock = Stopwatch.StartNew();

        var code = FleetCommand.Run(new FleetArguments(Host, 2, 600, FleetMix.Default, 5), output, error, stop.Token);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(6));
        code.Should().Be(0, error.ToString());
        output.ToString().Should().MatchRegex(@"(?m)^fleet: 2 terminals, [1-3] s: [1-9]\d* sales, \d+/s, p50 [\d.]+ ms, p99 [\d.]+ ms, errors 0\r?$");
    }

    [Fact]
    public void A_host_nobody_listens_on_is_exit_code_1()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var (output, error) = (new StringWriter(), new StringWriter());

        FleetCommand.Run(new FleetArguments($"127.0.0.1:{port}", 2, 2, FleetMix.Default, 2), output, error, CancellationToken.None).Should().Be(1);

        error.ToString().Should().StartWith($"lakalapos: fleet: cannot connect to 127.0.0.1:{port}");
    }

    [GeneratedRegex(@"^fleet: (?<terminals>\d+) terminals, (?<seconds>\d+) s: (?<sales>\d+) sales, (?<rate>\d+)/s, p50 \d+\.\d ms, p99 \d+\.\d ms, errors (?<errors>\d+)$")]
    private static partial Regex Summary();

    [GeneratedRegex(@"^fleet: \d+ s, [\d,]+ requests, [\d,]+/s, errors [\d,]+$")]
    private static partial Regex Progress();

    [GeneratedRegex(@"^  [0-9A-Z]{2} .+: \d+$")]
    private static partial Regex CodeLine();

    [GeneratedRegex(@"^  answered: sign-in 3, sale [1-9]\d*, void [1-9]\d*, refund [1-9]\d*, reversal 0$")]
    private static partial Regex AnsweredLine();
}
