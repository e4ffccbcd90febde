using System.Text;
using FluentAssertions;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Running;
using LakalaPos.Terminal.Composition;
using LakalaPos.Terminal.Replay;
using Xunit;

namespace LakalaPos.Emulator.Web.Tests.Recording;

/// <summary><c>emulator --record FILE</c>: what a person does on the page — keys, cards, the host panel — is written as a replay script that replays to PASS.</summary>
public sealed class EmulatorRecordingTests : IDisposable
{
    private readonly string _script = Path.Combine(Path.GetTempPath(), $"lakalapos-emulator-{Guid.NewGuid():N}.replay");

    public void Dispose() => File.Delete(_script);

    [Fact]
    public async Task A_session_on_the_page_replays_to_pass()
    {
        await using (var emulator = await TestEmulator.StartAsync("--record", _script))
        {
            await Until(emulator, "请输入操作员号");
            await Keys(emulator, "0", "1", "ENTER", "0", "0", "0", "0", "ENTER");
            await Until(emulator, "请刷卡/插卡/挥卡");
            await Post(emulator, "/api/host", "next decline 51");
            await Post(emulator, "/api/card/swipe/debit");
            await Until(emulator, "请输入金额");
            await Keys(emulator, "5", "0", "0", "ENTER");
            await Until(emulator, "请输入密码");
            await Keys(emulator, "1", "2", "3", "4", "5", "6", "ENTER");
            await Until(emulator, "余额不足");
        }

        var script = await File.ReadAllTextAsync(_script);
        script.Should().Contain("host next decline 51").And.Contain("swipe debit").And.Contain("type=SALE status=DECLINED amount=5.00");
        var result = new ScriptRunner(() => new ReplayTerminal(ProfileDirectory.Locate())).Run(ScriptParser.Parse("recorded", script));
        result.Passed.Should().BeTrue($"{result.Summary}\n{script}");
    }

    [Fact]
    public async Task A_sale_asked_from_the_register_panel_is_recorded_as_an_ecr_line_and_replays_to_pass()
    {
        await using (var emulator = await TestEmulator.StartAsync("--record", _script))
        {
            await Until(emulator, "请输入操作员号");
            await Keys(emulator, "0", "1", "ENTER", "0", "0", "0", "0", "ENTER");
            await Until(emulator, "请刷卡/插卡/挥卡");
            await Post(emulator, "/api/register", "sale A7 \"可乐:2:3.50\" \"薯片:1:6.00\"");
            await Until(emulator, "订单 A7");
            await Post(emulator, "/api/card/swipe/debit");
            await Until(emulator, "请输入密码");
            await Keys(emulator, "1", "2", "3", "4", "5", "6", "ENTER");
            await Until(emulator, "交易成功");
        }

        var script = await File.ReadAllTextAsync(_script);
        script.Should().Contain("ecr sale A7 \"可乐:2:3.50\" \"薯片:1:6.00\"").And.Contain("type=SALE status=APPROVED amount=13.00");
        var result = new ScriptRunner(() => new ReplayTerminal(ProfileDirectory.Locate())).Run(ScriptParser.Parse("recorded", script));
        result.Passed.Should().BeTrue($"{result.Summary}\n{script}");
    }

    private static async Task Keys(TestEmulator emulator, params string[] keys)
    {
        foreach (var key in keys)
            await Post(emulator, $"/api/keys/{key}");
    }

    private static async Task Post(TestEmulator emulator, string path, string body = "")
    {
        using var response = await emulator.Http.PostAsync(path, new StringContent(body, Encoding.UTF8, "text/plain"));
        response.IsSuccessStatusCode.Should().BeTrue($"{path}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task Until(TestEmulator emulator, string text)
    {
        for (var i = 0; i < 200 && !string.Concat(emulator.Screen).Contains(text, StringComparison.Ordinal); i++)
            await Task.Delay(50);
        string.Concat(emulator.Screen).Should().Contain(text);
    }
}
