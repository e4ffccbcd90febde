using FluentAssertions;
using LakalaPos.Ecr.Messages;
using LakalaPos.Ecr.Register;
using LakalaPos.Ecr.Tests.Support;

namespace LakalaPos.Ecr.Tests.Register;

/// <summary>The register over real TCP on 127.0.0.1: it waits for its own answer and asks again with the same id.</summary>
public sealed class EcrRegisterTests : IDisposable
{
    private static readonly RegisterRequest Sale = new(RegisterRequestType.Sale, "R1", "A1", [new("可乐", 2, 950)]);

    private static readonly EcrRegisterOptions Quick = new()
    {
        AnswerTimeout = TimeSpan.FromMilliseconds(300),
        ReconnectWait = TimeSpan.FromMilliseconds(10),
        ReadSlice = TimeSpan.FromMilliseconds(10),
    };

    private FakeTerminal? _terminal;

    public void Dispose() => _terminal?.Dispose();

    [Fact]
    public void The_answer_to_the_request_is_returned()
    {
        using var register = Register((request, _) => [FakeTerminal.Answer(request.Id)]);

        var answer = register.Ask(Sale);

        answer.Id.Should().Be("R1");
        answer.Result.Should().Be(AnswerResult.Approved);
        answer.Voucher.Should().Be("000002");
        answer.AmountFen.Should().Be(1900);
    }

    [Fact]
    public void An_answer_to_another_request_is_ignored()
    {
        using var register = Register((request, _) => [FakeTerminal.Answer("OLD-7", "DECLINED"), FakeTerminal.Answer(request.Id)]);

        register.Ask(Sale).Should().Match<TerminalAnswer>(a => a.Id == "R1" && a.Result == AnswerResult.Approved);
    }

    [Fact]
    public void When_the_link_breaks_the_register_connects_again_and_asks_with_the_same_id()
    {
        using var register = Register((request, connection) => connection == 1 ? null : [FakeTerminal.Answer(request.Id)]);

        var answer = register.Ask(Sale);

        answer.Id.Should().Be("R1");
        _terminal!.Requests.Should().Equal((1, "R1"), (2, "R1"));
    }

    [Fact]
    public void With_no_answer_after_every_attempt_it_says_to_ask_again_with_the_same_id()
    {
        using var register = Register((_, _) => []);

        var act = () => register.Ask(Sale);

        act.Should().Throw<EcrNoAnswerException>()
            .WithMessage("no answer to request R1 after 3 attempt(s) (got no answer within 0.3 s): ask again with the same id later");
        _terminal!.Requests.Select(r => r.Id).Should().Equal("R1", "R1", "R1");
    }

    [Fact]
    public void With_no_terminal_listening_it_reports_no_answer_naming_the_address()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }
        using var register = new EcrRegister(() => TcpEcrConnection.Connect("127.0.0.1", port, TimeSpan.FromSeconds(2)), Quick);

        var act = () => register.Ask(Sale);

        act.Should().Throw<EcrNoAnswerException>().WithMessage($"*cannot connect to 127.0.0.1:{port}*");
    }

    private EcrRegister Register(Reply reply)
    {
        _terminal = new FakeTerminal(reply);
        var port = _terminal.Port;
        return new EcrRegister(() => TcpEcrConnection.Connect("127.0.0.1", port, TimeSpan.FromSeconds(2)), Quick);
    }
}
