namespace LakalaPos.Terminal.Composition;

/// <summary>
/// Finds hardware-profiles/: next to the program (published layout), or in the nearest parent of
/// the working directory that has one (a source checkout, where `dotnet run` starts).
/// </summary>
public static class ProfileDirectory
{
    public const string FolderName = "hardware-profiles";

    public static string Locate(string? explicitPath = null)
    {
        if (explicitPath is not null)
            return Path.GetFullPath(explicitPath);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, FolderName);
                if (Directory.Exists(candidate))
                    return candidate;
            }
        }
        throw new DirectoryNotFoundException($"{FolderName}/ not found next to the program or above {Directory.GetCurrentDirectory()}; pass --profiles DIR");
    }
}
