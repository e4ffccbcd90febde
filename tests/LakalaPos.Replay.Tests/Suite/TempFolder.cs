namespace LakalaPos.Replay.Tests.Suite;

/// <summary>A scratch folder of script files, deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "replay-tests-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string Write(string relativePath, params string[] lines)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, string.Join("\n", lines) + "\n");
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
