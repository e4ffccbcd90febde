using FluentAssertions;
using Xunit;
using static LakalaPos.Terminal.Tests.OperatorSteps;

namespace LakalaPos.Terminal.Tests;

/// <summary>
/// A reversal whose kept card data is damaged can never be built. The terminal still starts
/// (the data key itself is right), `journal check` names the voucher, and after sign-in the
/// reversal is given up at once: "冲正失败,请联系客服 / 冲正数据无法读取" on the screen, a fault slip
/// that says the card data could not be read, an error line in the log — and the next sale goes through.
/// </summary>
[Collection(RecordedDataFolders.Collection)]
public sealed class DamagedReversalTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("lakalapos-damaged-reversal-").FullName;

    [Fact]
    public void A_reversal_that_cannot_be_built_is_given_up_and_the_terminal_works_on()
    {
        var data = new DataFolderFiles(RecordedDataFolders.CopyTo(RecordedDataFolders.Settled, Path.Combine(_work, "data")));
        data.Sql("UPDATE transactions SET status = 'Pending', reversal_state = 'Due', reversal_reason = '98', encrypted_pan = zeroblob(40) " +
                 "WHERE id = (SELECT min(id) FROM transactions WHERE encrypted_pan IS NOT NULL)");
        var voucher = data.Query("SELECT printf('%06d', voucher) FROM transactions WHERE reversal_state = 'Due'");

        using (var check = CliProcess.Start(RepositoryRoot.Path, "journal", "check", "--data", data.Folder))
        {
            check.WaitForExit().Should().Be(0, check.Output);
            check.Output.Should().Contain($"the card data of voucher {voucher} is damaged").And.Contain("given up with a fault slip");
        }

        using var cli = CliProcess.Start(RepositoryRoot.Path, "run", "--data", data.Folder);
        SignIn(cli); // the due reversal goes right after the sign-in, before "签到成功" shows
        cli.Output.Should().Contain("卡数据无法读取,冲正未发送", "the fault slip says why").And.Contain("冲正数据无法读取");

        ApprovedSale(cli, "1500");

        cli.Type("quit");
        cli.WaitForExit().Should().Be(0);
        cli.Output.Should().NotContain("   at ").And.NotContain("系统故障");
        data.LogLines().Should().ContainSingle(l => l.Contains("[ERR]") && l.Contains("cannot be built") && l.Contains(voucher));
        data.Query($"SELECT status || '/' || reversal_state || '/' || reversal_attempts FROM transactions WHERE voucher = {int.Parse(voucher)} AND reversal_reason = '98'")
            .Should().Be("Unknown/Failed/3");
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
