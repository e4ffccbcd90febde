using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Tests.Shared;

namespace LakalaPos.HostSimulator.Tests.Server;

/// <summary>
/// The simulator program, a process of its own, flooded over real sockets by peers that are not
/// terminals: idle ones and ones sending junk frames, all reconnecting as soon as they are
/// closed. A terminal still signs in, at once. Every wait is bounded; each test ends its process.
/// </summary>
[Collection(nameof(SimulatorUnderHostilePeersTests))]
public sealed partial class SimulatorUnderHostilePeersTests
{
    private static readonly TimeSpan SignInLimit = TimeSpan.FromSeconds(5);

    [Fact]
    public void A_terminal_signs_in_while_64_idle_connections_hold_every_slot()
    {
        // Default limits: 64 clients, two minutes before an idle one is let go.
        using var simulator = StartSimulator();
        var port = Port(simulator);
        using var idle = HostilePeers.Idle(port, 64);
        Until(() => LinesWith(simulator, "connected from") >= 64, "all 64 are connected", simulator);

        SignIn(port, simulator).Should().BeLessThan(SignInLimit);
        Until(() => simulator.Output.Contains("the slot of the client waiting longest goes to a new connection", StringComparison.Ordinal), "the eviction is logged", simulator);
    }

    [Fact]
    public void Peers_sending_junk_every_300_ms_are_closed_at_their_third_frame_and_a_terminal_signs_in()
    {
        using var simulator = StartSimulator("--idle-timeout", "2", "--frame-timeout", "1", "--max-undecodable-frames", "3");
        var port = Port(simulator);
        using var junk = HostilePeers.SendingJunk(port, 64, every: TimeSpan.FromMilliseconds(300));

        Until(() => LinesWith(simulator, "disconnected: 3 frames that are not ISO 8583 messages") >= 64, "each junk sender is closed", simulator);

        SignIn(port, simulator).Should().BeLessThan(SignInLimit);
    }

    [Fact]
    public void A_terminal_signs_in_while_64_junk_senders_and_64_idle_peers_keep_coming_back()
    {
        using var simulator = StartSimulator("--idle-timeout", "2", "--frame-timeout", "1", "--max-undecodable-frames", "3");
        var port = Port(simulator);
        using var junk = HostilePeers.SendingJunk(port, 64, every: TimeSpan.FromMilliseconds(300));
        using var idle = HostilePeers.Idle(port, 64);
        Until(() => junk.ClosedByServer + idle.ClosedByServer >= 128, "the peers are closed and come back", simulator);

        SignIn(port, simulator).Should().BeLessThan(SignInLimit);
        (junk.Connections + idle.Connections).Should().BeGreaterThan(128, "the peers kept coming back while the terminal signed in");
    }

    [Fact]
    public void A_peer_sending_junk_is_closed_at_the_idle_time_out_however_often_it_sends()
    {
        using var simulator = StartSimulator("--idle-timeout", "1", "--max-undecodable-frames", "1000");
        var port = Port(simulator);
        var watch = Stopwatch.StartNew();
        using var junk = HostilePeers.SendingJunk(port, 1, every: TimeSpan.FromMilliseconds(200));

        Until(() => junk.ClosedByServer >= 1, "the junk sender is closed", simulator);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(4), "a junk frame every 200 ms does not reset a 1 s idle time");
        Until(() => simulator.Output.Contains("disconnected: no request for 1 s (only", StringComparison.Ordinal), "the reason is logged", simulator);
    }

    /// <summary>The simulator program on a free 127.0.0.1 port, its state in memory, with the options given.</summary>
    private static CliProcess StartSimulator(params string[] options)
    {
        var simulator = CliProcess.StartHostSimulator(AppContext.BaseDirectory, ["--port", "0", "--memory", .. options]);
        simulator.WaitFor("listening on 127.0.0.1:");
        return simulator;
    }

    private static int Port(CliProcess simulator) =>
        int.Parse(ListeningLine().Match(simulator.Output).Groups[1].Value, CultureInfo.InvariantCulture);

    private static int LinesWith(CliProcess simulator, string text) =>
        simulator.Output.Split('\n').Count(line => line.Contains(text, StringComparison.Ordinal));

    [GeneratedRegex(@"listening on 127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningLine();

    /// <summary>A terminal's sign-in (0800 built by the ISO 8583 library) on a new connection; how long until its 0810 came.</summary>
    private static TimeSpan SignIn(int port, CliProcess simulator)
    {
        var watch = Stopwatch.StartNew();
        using var terminal = RawClient.Connect(port);
        terminal.WriteFrame(Message.SignIn);
        var answer = Iso8583Codec.Decode(ReadAnswer(terminal, simulator));
        answer.Mti.Should().Be("0810");
        answer.GetText(39).Should().Be("00");
        return watch.Elapsed;
    }

    /// <summary>The answer; when none comes, the failure quotes what the simulator said about this connection.</summary>
    private static byte[] ReadAnswer(RawClient terminal, CliProcess simulator)
    {
        try
        {
            return terminal.ReadFrame();
        }
        catch (Exception e)
        {
            Thread.Sleep(200); // The simulator's last lines may still be on their way.
            var me = terminal.Socket.LocalEndPoint!.ToString()!;
            var said = simulator.Output.Split('\n').Where(line => line.Contains(me, StringComparison.Ordinal));
            throw new InvalidOperationException($"no answer to the sign-in ({e.Message}); the simulator said of {me}:\n{string.Join("\n", said)}", e);
        }
    }

    private static void Until(Func<bool> condition, string what, CliProcess simulator)
    {
        var limit = TimeSpan.FromSeconds(10);
        var watch = Stopwatch.StartNew();
        // Polled every 50 ms, not spun: the simulator shares the machine's cores with the test.
        while (!condition() && watch.Elapsed < limit)
            Thread.Sleep(50);
        condition().Should().BeTrue($"{what} within {limit.TotalSeconds} s; the simulator said:\n{Tail(simulator.Output)}");
    }

    private static string Tail(string output) => output.Length <= 4000 ? output : output[^4000..];
}

/// <summary>Runs alone: a flood of 128 peers must not slow the time-bound socket tests beside it.</summary>
[CollectionDefinition(nameof(SimulatorUnderHostilePeersTests), DisableParallelization = true)]
public sealed class SimulatorUnderHostilePeersCollection;
