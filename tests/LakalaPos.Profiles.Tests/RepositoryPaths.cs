namespace LakalaPos.Profiles.Tests;

/// <summary>Finds the repository's shipped files from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string HardwareProfiles => Path.Combine(Root, "hardware-profiles");

    public static string Schema => Path.Combine(HardwareProfiles, "profile.schema.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LakalaPos.sln")))
                return dir.FullName;
        throw new InvalidOperationException("repository root (LakalaPos.sln) not found above " + AppContext.BaseDirectory);
    }
}
