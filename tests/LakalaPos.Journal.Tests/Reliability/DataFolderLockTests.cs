using FluentAssertions;
using LakalaPos.Journal.Files;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests.Reliability;

/// <summary>One process per data folder: lakalapos.lock, held open exclusively, released by the system when the holder ends.</summary>
public sealed class DataFolderLockTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_second_holder_is_refused_naming_the_folder_and_the_first_holders_process()
    {
        using var first = DataFolderLock.Acquire(_directory.Path);

        var second = () => DataFolderLock.Acquire(_directory.Path);

        second.Should().Throw<DataFolderInUseException>()
            .WithMessage($"another lakalapos is using data folder {_directory.Path} (pid {Environment.ProcessId})");
    }

    [Fact]
    public void A_released_folder_can_be_taken_again()
    {
        DataFolderLock.Acquire(_directory.Path).Dispose();

        using var again = DataFolderLock.Acquire(_directory.Path);

        File.Exists(_directory.File(DataFolderLock.FileName)).Should().BeTrue("the lock file is never deleted");
    }
}
