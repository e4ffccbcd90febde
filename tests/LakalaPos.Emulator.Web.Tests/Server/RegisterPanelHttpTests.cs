using System.Net;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using LakalaPos.Ecr.Messages;
using LakalaPos.Ecr.Register;
using LakalaPos.Emulator.Web.Board;
using Xunit;

namespace LakalaPos.Emulator.Web.Tests.Server;

/// <summary>
/// The register panel over HTTP: a request typed as <c>lakalapos ecr</c> takes it goes to the
/// terminal over its own register link (TCP, the real protocol), in the background; the answer
/// comes on the board. A bad request is refused at once with what is wrong.
/// </summary>
public sealed class RegisterPanelHttpTests : IAsyncLifetime
{
    private TestEmulator _emulator = null!;

    private RegisterState Register => _emulator.Board.Snapshot().Register;

    public async Task InitializeAsync()
    {
        _emulator = await TestEmulator.StartAsync();
        await Eventually(() => _emulator.Screen.Contains("请输入操作员号"), "the terminal has booted to the sign-in");
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public void Without_ecr_the_emulator_listens_for_a_register_on_a_free_port_of_127_0_0_1_and_shows_it()
    {
        var address = _emulator.RegisterAddress!;

        address.Address.Should().Be(IPAddress.Loopback);
        address.Port.Should().BePositive();
        Register.Should().Match<RegisterState>(r => r.Available && r.Waiting == null && r.Answer.Count == 0);
        Register.Link.Should().Be($"register link: {address}");
        Register.Connect.Should().Be($"lakalapos ecr --connect {address} sale …");
    }

    [Fact]
    public async Task Two_emulators_listen_on_ports_of_their_own()
    {
        await using var second = await TestEmulator.StartAsync();

        second.RegisterAddress!.Port.Should().NotBe(_emulator.RegisterAddress!.Port);
    }

    [Fact]
    public async Task A_query_is_sent_over_the_link_and_its_answer_comes_on_the_board()
    {
        var (status, reply) = await Post("query Z9");

        status.Should().Be(HttpStatusCode.OK);
        reply.Message.Should().MatchRegex(@"^sent P\d{14}-1: query Z9; waiting for the cashier$");
        await Eventually(() => Register.Answer.Count > 0, "the answer came");
        Field("result").Should().Be("ERROR");
        Field("reason").Should().Be("NO_ORDER");
        Field("request").Should().Be("QUERY");
        Field("order").Should().Be("Z9");
        Field("id").Should().MatchRegex(@"^P\d{14}-1$");
        Register.Waiting.Should().BeNull();
        Register.LastRequest.Should().EndWith(": query Z9");
    }

    [Fact]
    public async Task A_sale_waits_for_the_cashier_and_a_second_request_meanwhile_is_refused()
    {
        await SignIn();

        (await Post("sale A1 \"可乐:2:3.50\" \"薯片:1:6.00\"")).Status.Should().Be(HttpStatusCode.OK);
        await Eventually(() => string.Concat(_emulator.Screen).Contains("订单 A1"), "the order is on the LCD");
        string.Concat(_emulator.Screen).Should().Contain("13.00");
        Register.Waiting.Should().EndWith(": sale A1 \"可乐:2:3.50\" \"薯片:1:6.00\"");

        var (status, reply) = await Post("query A1");
        status.Should().Be(HttpStatusCode.Conflict);
        reply.Message.Should().StartWith("a request is waiting for its answer (").And.EndWith("); one at a time");

        // the cashier gives up: the register is answered, and may ask again
        await PostTo("/api/keys/CANCEL");
        await Eventually(() => Register.Answer.Count > 0, "the answer came");
        Field("result").Should().Be("ERROR");
        Field("reason").Should().Be("CANCELLED");
        Register.Waiting.Should().BeNull();
        (await Post("query A1")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_sale_before_anyone_signed_in_is_answered_busy()
    {
        (await Post("sale B1 可乐:1:3.50")).Status.Should().Be(HttpStatusCode.OK);

        await Eventually(() => Register.Answer.Count > 0, "the answer came");
        Field("result").Should().Be("ERROR");
        Field("reason").Should().Be("BUSY");
    }

    [Theory]
    [InlineData("pay A1 可乐:1:3.50", "'pay' is not sale, refund, void or query")]
    [InlineData("sale A1 可乐:1", "'可乐:1' is not NAME:QTY:PRICE (the price in yuan, such as 可乐:2:3.50)")]
    [InlineData("sale", "sale needs the ORDER number")]
    [InlineData("refund A1", "refund needs at least one item")]
    public async Task A_bad_request_is_refused_saying_what_is_wrong_and_nothing_is_sent(string command, string problem)
    {
        var (status, reply) = await Post(command);

        status.Should().Be(HttpStatusCode.BadRequest);
        reply.Should().Be(new ApiReply(false, $"{problem} (requests: {RegisterCommand.Syntax})"));
        Register.LastReply.Should().Be(reply.Message);
        Register.Waiting.Should().BeNull();
    }

    [Fact]
    public async Task An_empty_or_over_long_request_is_refused()
    {
        (await Post("  ")).Should().Be((HttpStatusCode.BadRequest, new ApiReply(false, "no request; send one as the request body, e.g. 'sale A1 可乐:2:3.50'")));
        (await Post(new string('x', 9000))).Should().Be((HttpStatusCode.BadRequest, new ApiReply(false, "the request body is over 8192 bytes")));
        (await Post("sale A1 " + new string('x', 5000))).Should().Be((HttpStatusCode.BadRequest, new ApiReply(false, "a register request is at most 4000 characters")));
    }

    [Fact]
    public async Task Another_register_reaches_the_same_link_as_lakalapos_ecr_would()
    {
        var address = _emulator.RegisterAddress!;
        using var register = new EcrRegister(() => TcpEcrConnection.Connect(address.Address.ToString(), address.Port, TimeSpan.FromSeconds(5)));

        var answer = await Task.Run(() => register.Ask(new RegisterRequest(RegisterRequestType.Query, "X1", "Q1", [])));

        answer.Should().Match<TerminalAnswer>(a => a.Result == AnswerResult.Error && a.Reason == "NO_ORDER" && a.Order == "Q1");
    }

    private string? Field(string name) => Register.Answer.FirstOrDefault(field => field.Name == name)?.Value;

    private async Task SignIn()
    {
        foreach (var key in new[] { "0", "1", "ENTER", "0", "0", "0", "0", "ENTER" })
            await PostTo($"/api/keys/{key}");
        await Eventually(() => string.Concat(_emulator.Screen).Contains("请刷卡/插卡/挥卡"), "signed in");
    }

    private async Task PostTo(string path)
    {
        using var response = await _emulator.Http.PostAsync(path, new StringContent("", Encoding.UTF8, "text/plain"));
        response.IsSuccessStatusCode.Should().BeTrue(path);
    }

    private async Task<(HttpStatusCode Status, ApiReply Reply)> Post(string command)
    {
        using var response = await _emulator.Http.PostAsync("/api/register", new StringContent(command, Encoding.UTF8, "text/plain"));
        return (response.StatusCode, JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), EmulatorJson.Web.ApiReply)!);
    }

    private static async Task Eventually(Func<bool> condition, string what)
    {
        for (var i = 0; i < 100 && !condition(); i++)
            await Task.Delay(50);
        condition().Should().BeTrue(what);
    }
}
