namespace LakalaPos.Tests.Shared;

/// <summary>Finds the checkout's root (where LakalaPos.sln is) from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LakalaPos.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException("LakalaPos.sln not found above " + AppContext.BaseDirectory);
    }
}
