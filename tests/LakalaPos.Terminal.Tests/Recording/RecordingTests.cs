using FluentAssertions;
using Xunit;

namespace LakalaPos.Terminal.Tests.Recording;

/// <summary>
/// <c>run --record FILE</c>: a live session is written as a replay script, and <c>lakalapos replay</c>
/// plays it back to PASS — the same screens at the same moments, the same transactions.
/// </summary>
public sealed class RecordingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lakalapos-record-" + Guid.NewGuid().ToString("N"));

    public RecordingTests() => Directory.CreateDirectory(_folder);

    private string Script => Path.Combine(_folder, "session.replay");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_recorded_sale_a_declined_sale_and_a_void_replay_to_pass()
    {
        using (var terminal = CliProcess.Start(RepositoryRoot.Path, "run", "--data", Path.Combine(_folder, "data"), "--record", Script))
        {
            terminal.WaitFor("Recording this session");
            OperatorSteps.SignIn(terminal);
            OperatorSteps.ApprovedSale(terminal, "10000");
            // The host declines the next request (51 余额不足).
            terminal.Type("host next decline 51");
            terminal.WaitFor("ok: next message");
            OperatorSteps.Sale(terminal, "swipe credit", "2500", "654321");
            terminal.WaitFor("余额不足");
            terminal.Type("");
            terminal.WaitFor("请刷卡/插卡/挥卡");
            terminal.Type("MENU 2");
            terminal.WaitFor("请输入主管密码");
            terminal.Type("123456");
            terminal.Type("");
            terminal.WaitFor("请输入原凭证号");
            terminal.Type("2");
            terminal.Type("");
            terminal.WaitFor("确认撤销?");
            terminal.Type("");
            terminal.WaitFor("请选择撤销原因");
            terminal.Type("1");
            terminal.WaitFor("请刷卡/插卡/挥卡");
            terminal.Type("swipe debit");
            terminal.WaitFor("交易成功");
            terminal.Type("CANCEL");
            terminal.WaitFor("请刷卡/插卡/挥卡");
            terminal.Type("quit");
            terminal.WaitForExit().Should().Be(0, terminal.Output);
        }

        var script = File.ReadAllText(Script);
        script.Should().Contain("clock ").And.Contain("swipe debit").And.Contain("host next decline 51")
            .And.Contain("type=SALE status=DECLINED amount=25.00")
            .And.Contain("expect screen \"请输入原凭证号\"")
            .And.Contain("type=SALE status=APPROVED amount=100.00")
            .And.Contain("type=VOID status=APPROVED amount=100.00");
        script.Should().NotContain("6222020200112233446", "a recording names test cards, never a card number");

        using var replay = CliProcess.Start(RepositoryRoot.Path, "replay", Script);
        replay.WaitForExit().Should().Be(0, $"{replay.Output}\nscript:\n{script}");
        replay.Output.Should().Contain("1 passed, 0 failed");
    }

    [Fact]
    public void Record_without_a_file_says_what_it_needs()
    {
        using var terminal = CliProcess.Start(RepositoryRoot.Path, "run", "--record");

        terminal.WaitForExit().Should().Be(2);
        terminal.Output.Should().Contain("--record needs a FILE");
    }
}
