using System.Collections.Concurrent;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Server;
using LakalaPos.HostSimulator.Tests.Support;
using LakalaPos.Iso8583.Cards;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Tests.Shared;

namespace LakalaPos.HostSimulator.Tests.Server;

/// <summary>
/// Many terminals at once against one simulator on a SQLite file, over real sockets: every sale is
/// answered (to the right request), and every approved one is in the file when it is opened again
/// (group commit answers only what is on disk). Bounded in time; not a speed test.
/// </summary>
public sealed class ConcurrentSalesTests
{
    private const int Terminals = 16;
    private const int SalesEach = 20;

    [Fact]
    public async Task Sales_of_16_terminals_at_once_are_all_answered_and_every_approved_one_is_in_the_store_opened_again()
    {
        using var file = new TempStoreFile();
        var crypto = new FakeHostCrypto();
        var approved = new ConcurrentBag<(TerminalId Terminal, string Trace, string Rrn)>();
        var store = SqliteHostStore.Open(file.Path);
        try
        {
            var simulator = new AcquirerSimulator(clock: new FixedClock(), store: store, crypto: crypto);
            using var server = new TcpFrameServer(simulator, Serilog.Core.Logger.None, new TcpFrameServerOptions { MaxClients = 64 });
            // A thread per terminal (its socket reads block): on two cores the pool would add them too slowly.
            var terminals = Enumerable.Range(1, Terminals).Select(i => Task.Factory.StartNew(() =>
            {
                var terminal = new TerminalId($"7700{i:D4}", Requests.MerchantNumber);
                using var client = RawClient.Connect(server.Port);
                client.Socket.ReceiveTimeout = 8_000;
                client.WriteFrame(Iso8583Codec.Encode(Requests.SignIn(terminal: terminal.TerminalNumber)));
                Iso8583Codec.Decode(client.ReadFrame()).GetText(39).Should().Be("00");
                var keys = store.SessionKeys(terminal)!;
                for (var n = 0; n < SalesEach; n++)
                {
                    var trace = (n + 2).ToString("D6");
                    var sale = Requests.Sale(TestCardTable.Debit, 100 + n, trace: trace, terminal: terminal.TerminalNumber,
                        pinBlock: FakeHostCrypto.EncryptPin("123456", keys.PinKey));
                    client.WriteFrame(Iso8583Codec.EncodeWithMac(sale, input => crypto.Mac(input, keys.MacKey)));
                    var answer = Iso8583Codec.Decode(client.ReadFrame());
                    answer.GetText(11).Should().Be(trace, "the answer is the request's");
                    answer.GetText(41).Should().Be(terminal.TerminalNumber);
                    answer.GetText(39).Should().Be("00");
                    approved.Add((terminal, trace, answer.GetText(37)!));
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

            // Bounded: a lost answer fails here (TimeoutException) instead of hanging.
            await Task.WhenAll(terminals).WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            store.Dispose();
        }

        approved.Should().HaveCount(Terminals * SalesEach);
        approved.Select(a => a.Rrn).Should().OnlyHaveUniqueItems();
        using var reopened = SqliteHostStore.Open(file.Path);
        foreach (var (terminal, trace, rrn) in approved)
        {
            var kept = reopened.FindByRrn(rrn);
            kept.Should().NotBeNull($"sale {trace} of {terminal} was approved");
            kept!.Terminal.Should().Be(terminal);
            kept.Trace.Should().Be(trace);
        }
        var spent = approved.Count * 100L + Terminals * Enumerable.Range(0, SalesEach).Sum();
        reopened.AvailableFen(TestCardTable.Debit.Pan).Should().Be(TestCardTable.Debit.OpeningFen - spent);
    }
}
