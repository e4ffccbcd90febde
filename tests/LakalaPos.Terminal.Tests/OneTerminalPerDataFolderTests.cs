using FluentAssertions;
using Xunit;

namespace LakalaPos.Terminal.Tests;

/// <summary>Two terminals on one data folder would replace each other's keys: the second is refused; a killed first one holds nothing.</summary>
[Collection(RecordedDataFolders.Collection)]
public sealed class OneTerminalPerDataFolderTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("lakalapos-lock-").FullName;

    [Fact]
    public void A_second_lakalapos_on_the_same_folder_is_refused_naming_the_first_and_a_killed_first_one_does_not_block_the_next()
    {
        var data = Path.Combine(_work, "data");
        using var first = CliProcess.Start(RepositoryRoot.Path, "run", "--data", data);
        first.WaitFor("请输入操作员号");

        using (var second = CliProcess.Start(RepositoryRoot.Path, "run", "--data", data))
        {
            second.WaitForExit().Should().Be(2);
            second.Output.Trim().Should().Be($"lakalapos: another lakalapos is using data folder {data} (pid {first.Pid})");
        }

        first.Kill(); // kill -9: no shutdown code runs, the system drops the lock
        using var third = CliProcess.Start(RepositoryRoot.Path, "run", "--data", data);
        third.WaitFor("请输入操作员号");
        third.Type("quit");
        third.WaitForExit().Should().Be(0);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
