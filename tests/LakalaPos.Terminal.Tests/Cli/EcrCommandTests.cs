using System.Collections.Concurrent;
using System.Net;
using FluentAssertions;
using LakalaPos.Core.Ecr;
using LakalaPos.Devices.Ecr;
using LakalaPos.Terminal.Cli;
using Serilog.Core;
using Xunit;

namespace LakalaPos.Terminal.Tests.Cli;

/// <summary>
/// <c>lakalapos ecr</c>, the register simulator, through its entry point, against the terminal's own
/// register port listening on 127.0.0.1 in the test (answered by the test instead of an engine).
/// </summary>
public sealed class EcrCommandTests : IDisposable
{
    private readonly TcpRegisterListener _listener = new(new IPEndPoint(IPAddress.Loopback, 0), Logger.None);
    private readonly EcrPort _port;
    private readonly ConcurrentQueue<EcrRequest> _requests = new();
    private Func<EcrRequest, EcrAnswer> _answer = Approve;

    public EcrCommandTests()
    {
        _port = new EcrPort(_listener, Logger.None);
        _port.Requested += (_, request) =>
        {
            _requests.Enqueue(request);
            _port.Answer(_answer(request));
        };
        _port.Start();
        var deadline = Environment.TickCount64 + 5000;
        while (!_port.IsOpen && Environment.TickCount64 < deadline)
            Thread.Sleep(5);
        _port.IsOpen.Should().BeTrue("the test terminal listens within 5 s");
    }

    private string Address => $"127.0.0.1:{_listener.LocalEndpoint!.Port}";

    public void Dispose() => _port.Dispose();

    [Fact]
    public void A_sale_prints_the_new_id_then_the_answer_in_yuan_and_exits_0_when_approved()
    {
        var (exit, output, _) = Run("--connect", Address, "sale", "A1", "可乐:2:3.50", "面包:1:12");

        exit.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().MatchRegex("^id=R[0-9]{14}-[0-9A-F]{4}$");
        lines[1..].Should().Equal("request=SALE", "order=A1", "result=APPROVED", "message=交易成功", "code=00", "amount=19.00", "voucher=000002",
            "batch=000001", "rrn=123456789012", "auth=A1B2C3", "card=622202******3446", "time=20261130101500");
        _requests.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new EcrRequest(lines[0][3..], EcrRequestKind.Sale, "A1", [new("可乐", 2, 350), new("面包", 1, 1200)]), "prices go on the wire in fen");
    }

    [Fact]
    public void A_refund_asked_again_with_its_id_carries_that_id_and_exits_1_when_declined()
    {
        _answer = request => Approve(request) with { Result = EcrResult.Declined, Reason = EcrReason.AlreadyRefunded, Message = "已退货" };

        var (exit, output, _) = Run("--connect", Address, "--id", "R-7", "refund", "A1", "可乐:1");

        exit.Should().Be(1);
        output.Should().StartWith("id=R-7\n").And.Contain("result=DECLINED\nreason=ALREADY_REFUNDED\nmessage=已退货\n");
        _requests.Should().ContainSingle().Which.Should().BeEquivalentTo(new EcrRequest("R-7", EcrRequestKind.Refund, "A1", [new("可乐", 1, 0)]));
    }

    [Fact]
    public void A_query_prints_the_status_and_each_line_in_yuan()
    {
        _answer = request => new EcrAnswer
        {
            RequestId = request.RequestId, Kind = request.Kind, OrderNo = request.OrderNo, Result = EcrResult.Approved,
            SaleStatus = Core.Journal.TransactionStatus.Approved, Lines = [new(new OrderItem("可乐", 2, 350), 1)],
        };

        var (exit, output, _) = Run("--connect", Address, "query", "A1");

        exit.Should().Be(0);
        output.Should().EndWith("result=APPROVED\nstatus=APPROVED\nline=可乐|2|3.50|1\n");
    }

    [Theory]
    [InlineData(new[] { "sale", "A1", "可乐:2:3.50" }, "give the terminal's address: --connect HOST:PORT or --serial DEVICE (one of them)")]
    [InlineData(new[] { "--connect", "127.0.0.1:9100", "sale", "A1", "可乐:2:3.5x" }, "'可乐:2:3.5x' is not NAME:QTY:PRICE (the price in yuan, such as 可乐:2:3.50)")]
    [InlineData(new[] { "--connect", "127.0.0.1:9100", "sale", "A1" }, "sale needs at least one item")]
    [InlineData(new[] { "--connect", "127.0.0.1:9100", "--id", "R1" }, "--id goes with a request; on stdin write it before the request")]
    [InlineData(new[] { "--connect", "127.0.0.1:9100", "void", "A1", "可乐:1" }, "void takes the ORDER only, not '可乐:1'")]
    [InlineData(new[] { "--connect", "127.0.0.1:9100", "pay", "A1" }, "'pay' is not sale, refund, void or query")]
    [InlineData(new[] { "--connect", "127.0.0.1", "query", "A1" }, "--connect needs the terminal's HOST:PORT, such as 127.0.0.1:9100, was '127.0.0.1'")]
    [InlineData(new[] { "--connect", "127.0.0.1:9100", "--timeout", "0", "query", "A1" }, "--timeout needs SECONDS from 1 to 3600 (how long to wait for the answer), was '0'")]
    public void Bad_arguments_say_what_is_wrong_and_exit_2_without_connecting(string[] args, string problem)
    {
        var (exit, output, error) = Run(args);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"lakalapos: {problem}\nusage: lakalapos {EcrCommand.Usage}\n");
        _requests.Should().BeEmpty();
    }

    [Fact]
    public void With_no_terminal_there_it_says_to_ask_again_with_the_same_id_and_exits_2()
    {
        var address = Address;
        _port.Dispose(); // nothing listens there any more

        var (exit, output, error) = Run("--connect", address, "--id", "R9", "void", "A1");

        exit.Should().Be(2);
        output.Should().Be("id=R9\n");
        error.Should().StartWith("lakalapos: no answer to request R9 after 3 attempt(s) (cannot connect to 127.0.0.1:")
            .And.EndWith("ask again with the same id later (--id R9)\n");
    }

    [Theory]
    [InlineData("3.50", 350L)]
    [InlineData("12", 1200L)]
    [InlineData("0.5", 50L)]
    [InlineData("3.", null)]
    [InlineData("3.505", null)]
    [InlineData("-1", null)]
    public void Prices_are_yuan_with_at_most_two_decimals(string yuan, long? fen) =>
        EcrArguments.Fen(yuan).Should().Be(fen);

    private static EcrAnswer Approve(EcrRequest request) => new()
    {
        RequestId = request.RequestId, Kind = request.Kind, OrderNo = request.OrderNo, Result = EcrResult.Approved, Message = "交易成功",
        ResponseCode = "00", AmountFen = request.TotalFen, Voucher = 2, Batch = 1, Rrn = "123456789012", AuthCode = "A1B2C3",
        MaskedPan = "622202******3446", LocalTime = new DateTimeOffset(2026, 11, 30, 10, 15, 0, TimeSpan.FromHours(8)),
    };

    [Fact]
    public void With_no_request_it_asks_each_line_of_stdin_until_quit()
    {
        var input = new StringReader("sale A1 \"可 乐:2:3.50\"\n\n--id Q-1 query A1\nrefund A1\nquit\nvoid A1\n");

        var (exit, output, error) = RunWith(input, "--connect", Address);

        exit.Should().Be(0);
        error.Should().BeEmpty();
        var paragraphs = output.Split("\n\n");
        paragraphs[0].Should().StartWith(EcrCommand.Prompt + "\nid=R").And.Contain("request=SALE\norder=A1\nresult=APPROVED").And.Contain("amount=7.00");
        paragraphs[1].Should().StartWith("id=Q-1\nrequest=QUERY\norder=A1\nresult=APPROVED");
        paragraphs[2].Should().Be("lakalapos: refund needs at least one item");
        _requests.Select(r => (r.Kind, r.Items.FirstOrDefault()?.Name)).Should().Equal((EcrRequestKind.Sale, "可 乐"), (EcrRequestKind.Query, null));
    }

    private static (int Exit, string Output, string Error) Run(params string[] args) => RunWith(new StringReader(""), args);

    private static (int Exit, string Output, string Error) RunWith(TextReader input, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = EcrCommand.Run(args, input, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
