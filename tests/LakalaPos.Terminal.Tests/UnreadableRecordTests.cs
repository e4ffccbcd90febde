using FluentAssertions;
using Xunit;
using static LakalaPos.Terminal.Tests.OperatorSteps;

namespace LakalaPos.Terminal.Tests;

/// <summary>
/// A row the software cannot read (here: a status no version of it wrote) does not stop the
/// terminal: 交易明细 lists it as 未知记录 with its voucher, 交易汇总 leaves it out and says so,
/// and reprint refuses it clearly. No stack trace anywhere.
/// </summary>
[Collection(RecordedDataFolders.Collection)]
public sealed class UnreadableRecordTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("lakalapos-unreadable-").FullName;

    [Fact]
    public void A_record_with_an_unknown_status_is_listed_left_out_of_the_totals_and_not_reprinted()
    {
        var data = new DataFolderFiles(RecordedDataFolders.CopyTo(RecordedDataFolders.Settled, Path.Combine(_work, "data")));
        data.Sql("""
            INSERT INTO transactions (type, status, voucher, batch, amount_fen, operator_no, local_time, pin_entered, reversal_state, reversal_attempts, printed_copies)
            SELECT type, 'Refunded', 99, batch, 50000, operator_no, local_time, pin_entered, reversal_state, reversal_attempts, printed_copies
            FROM transactions WHERE id = (SELECT max(id) FROM transactions)
            """);
        using var cli = CliProcess.Start(RepositoryRoot.Path, "run", "--data", data.Folder);
        SignIn(cli);

        cli.Type("MENU 5 1");
        cli.WaitFor("交易明细 1/2");
        cli.WaitFor("未知记录");
        cli.WaitFor("凭证号 000099");
        cli.Type("DOWN");
        cli.WaitFor("交易明细 2/2");
        cli.WaitFor("金额 20.00");
        cli.Type("CANCEL");

        cli.Type("MENU 5 4");
        cli.WaitFor("消费 1笔 20.00");
        cli.WaitFor("未知记录 1笔 未计入");
        cli.Type("CANCEL");
        cli.Type("CANCEL");

        cli.Type("MENU 7 2");
        cli.WaitFor("请输入凭证号");
        cli.Type("99");
        cli.Type("");
        cli.WaitFor("未知记录,不能重打印");

        cli.Type("quit");
        cli.WaitForExit().Should().Be(0);
        cli.Output.Should().NotContain("   at ").And.NotContain("系统故障");
        data.LogLines().Should().Contain(l => l.Contains("[WRN]") && l.Contains("cannot be read") && l.Contains("000099"));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
