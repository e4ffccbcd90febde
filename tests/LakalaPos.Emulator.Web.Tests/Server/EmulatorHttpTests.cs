using System.Net;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using LakalaPos.Emulator.Web.Board;
using Xunit;

namespace LakalaPos.Emulator.Web.Tests.Server;

/// <summary>
/// The emulator's web server as any client sees it: the page from the program itself, the live
/// feed, and inputs — a bad one always gets a status and a message that says what is wrong.
/// </summary>
public sealed class EmulatorHttpTests : IAsyncLifetime
{
    private TestEmulator _emulator = null!;

    private HttpClient Http => _emulator.Http;

    public async Task InitializeAsync()
    {
        _emulator = await TestEmulator.StartAsync();
        await Eventually(() => _emulator.Screen.Contains("请输入操作员号"), "the terminal has booted to the sign-in");
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/emulator.css", "text/css")]
    [InlineData("/emulator.js", "text/javascript")]
    public async Task The_page_comes_from_the_program_and_asks_nothing_of_another_server(string path, string contentType)
    {
        using var response = await Http.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(contentType);
        (await response.Content.ReadAsStringAsync()).Should().NotContainAny("http:", "https:", "//cdn");
    }

    [Fact]
    public async Task A_key_pressed_over_http_reaches_the_terminal()
    {
        var reply = await Post("/api/keys/1");

        reply.Should().Be((HttpStatusCode.OK, new ApiReply(true, "digit pressed")));
        await Eventually(() => _emulator.Screen.Contains("1"), "the LCD shows the digit");
    }

    [Theory]
    [InlineData("/api/keys/FOO", HttpStatusCode.BadRequest, "unknown key 'FOO'; keys: 0-9, ENTER, CANCEL, CLEAR, UP, DOWN, MENU, F1-F4")]
    [InlineData("/api/keys/6222020200112233446", HttpStatusCode.BadRequest, "unknown key (not shown: it looks like a card number); keys: 0-9, ENTER, CANCEL, CLEAR, UP, DOWN, MENU, F1-F4")]
    [InlineData("/api/card/swipe/platinum", HttpStatusCode.BadRequest, "no test card named 'platinum' (known: debit, credit, debit2, lowbal, expired)")]
    [InlineData("/api/card/wave/debit", HttpStatusCode.BadRequest, "unknown card action 'wave'; actions: swipe, insert, tap (with a card name), remove, bad-swipe")]
    [InlineData("/api/card/tap/expired", HttpStatusCode.Conflict, "test card \"expired\" cannot be tapped (it can be swiped)")]
    [InlineData("/api/card/remove", HttpStatusCode.Conflict, "no card in the slot to remove")]
    [InlineData("/api/paper/sideways", HttpStatusCode.BadRequest, "unknown paper action 'sideways'; actions: in, out, tear")]
    public async Task A_bad_input_is_refused_with_a_message_saying_what_is_wrong(string path, HttpStatusCode status, string message)
    {
        (await Post(path)).Should().Be((status, new ApiReply(false, message)));
    }

    [Fact]
    public async Task A_card_inserted_twice_is_refused_the_second_time()
    {
        (await Post("/api/card/insert/debit")).Status.Should().Be(HttpStatusCode.OK);

        (await Post("/api/card/insert/credit")).Should().Be((HttpStatusCode.Conflict, new ApiReply(false, "a card is already inserted; remove it first")));
        (await Post("/api/card/remove")).Should().Be((HttpStatusCode.OK, new ApiReply(true, "card removed")));
    }

    [Fact]
    public async Task A_bad_swipe_reaches_the_terminal_as_a_failed_read_and_shows_in_the_slot()
    {
        (await Post("/api/card/bad-swipe")).Should().Be((HttpStatusCode.OK, new ApiReply(true, "bad swipe: the card could not be read")));

        _emulator.Board.Snapshot().Slot.Last.Should().Be("bad swipe");
    }

    [Fact]
    public async Task The_host_panel_takes_the_simulators_operator_commands()
    {
        (await Post("/api/host", "next decline 51")).Should().Be((HttpStatusCode.OK, new ApiReply(true, "ok: next message gets 'decline 51' (1 queued)")));
        (await Post("/api/host", "merchantBalance 50.00")).Status.Should().Be(HttpStatusCode.OK);

        var host = _emulator.Board.Snapshot().Host;
        host.Should().Match<HostState>(h => h.Available && h.Online && h.QueuedRules == 1 && h.MerchantBalance == "50.00");
    }

    [Theory]
    [InlineData("next decline 00", "refused: host rule 'decline': 00 is an approval, use 'approve'")]
    [InlineData("reboot", "not understood: 'reboot'")]
    [InlineData("", "no command; send one as the request body, e.g. 'next timeout'")]
    public async Task A_bad_host_command_is_refused_with_the_reason(string command, string message)
    {
        var (status, reply) = await Post("/api/host", command);

        status.Should().Be(HttpStatusCode.BadRequest);
        reply.Message.Should().StartWith(message);
    }

    [Fact]
    public async Task An_over_long_request_body_is_refused()
    {
        (await Post("/api/host", new string('x', 5000))).Should().Be((HttpStatusCode.BadRequest, new ApiReply(false, "the request body is over 1024 bytes")));
    }

    [Fact]
    public async Task An_unknown_address_or_method_gets_a_message()
    {
        (await Get("/api/nothing")).Should().Be((HttpStatusCode.NotFound, new ApiReply(false, "nothing at '/api/nothing'; the emulator's page is at /")));
        (await Get("/api/keys/1")).Should().Be((HttpStatusCode.MethodNotAllowed,
            new ApiReply(false, "'/api/keys/1' does not take GET; inputs are POST, the page and its feed GET")));
    }

    [Fact]
    public async Task Input_from_a_page_of_another_site_is_refused_and_not_applied()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/keys/1");
        request.Headers.Add("Origin", "http://example.test");

        using var response = await Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Read(response)).Message.Should().Be("input from a page of another site is refused");
        _emulator.Screen.Should().NotContain("1");
    }

    [Fact]
    public async Task The_live_feed_starts_with_the_whole_board()
    {
        using var response = await Http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        using var feed = new StreamReader(await response.Content.ReadAsStreamAsync());

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        var lines = new List<string>();
        while (lines.Count < 4 && await feed.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)) is { } line)
            lines.Add(line);
        lines.Should().StartWith(["retry: 1000", "", "event: state"]);
        var state = JsonSerializer.Deserialize(lines[3]["data: ".Length..], EmulatorJson.Web.EmulatorSnapshot)!;
        state.Profile.Should().Be("emulator");
        state.Slot.Cards.Select(card => card.Name).Should().Equal("debit", "credit", "debit2", "lowbal", "expired");
    }

    private async Task<(HttpStatusCode Status, ApiReply Reply)> Post(string path, string? body = null)
    {
        using var response = await Http.PostAsync(path, new StringContent(body ?? "", Encoding.UTF8, "text/plain"));
        return (response.StatusCode, await Read(response));
    }

    private async Task<(HttpStatusCode Status, ApiReply Reply)> Get(string path)
    {
        using var response = await Http.GetAsync(path);
        return (response.StatusCode, await Read(response));
    }

    private static async Task<ApiReply> Read(HttpResponseMessage response) =>
        JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), EmulatorJson.Web.ApiReply)!;

    private static async Task Eventually(Func<bool> condition, string what)
    {
        for (var i = 0; i < 100 && !condition(); i++)
            await Task.Delay(50);
        condition().Should().BeTrue(what);
    }
}
