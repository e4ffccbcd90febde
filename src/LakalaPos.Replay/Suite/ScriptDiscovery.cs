namespace LakalaPos.Replay.Suite;

/// <summary>A script to run: its display name and its file; File is null when the given path does not exist.</summary>
public sealed record ScriptSource(string Name, string? File);

/// <summary>Finds the scripts named by the command line: files as given, folders searched recursively for *.replay.</summary>
public static class ScriptDiscovery
{
    public const string Extension = ".replay";

    /// <summary>
    /// In the order the paths are given; inside a folder sorted by relative path (ordinal, '/' separators),
    /// so that a suite runs in the same order on every machine.
    /// </summary>
    public static IReadOnlyList<ScriptSource> Find(IEnumerable<string> paths)
    {
        var sources = new List<ScriptSource>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
                sources.Add(new ScriptSource(Path.GetFileName(path), path));
            else if (Directory.Exists(path))
                sources.AddRange(InFolder(path));
            else
                sources.Add(new ScriptSource(path, null));
        }
        return sources;
    }

    private static IEnumerable<ScriptSource> InFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.AllDirectories)
            .Where(file => file.EndsWith(Extension, StringComparison.Ordinal))
            .Select(file => new ScriptSource(Path.GetRelativePath(folder, file).Replace('\\', '/'), file))
            .OrderBy(source => source.Name, StringComparer.Ordinal);
}
