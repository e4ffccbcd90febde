using LakalaPos.Terminal.Composition;

namespace LakalaPos.Emulator.Web.Tests.Browser;

/// <summary>
/// Where the browser tests put their screenshots: LAKALAPOS_SCREENSHOTS when set, relative to the
/// repository (the README's pictures: LAKALAPOS_SCREENSHOTS=docs/images, docs/emulator.md), else a
/// folder in the test output.
/// </summary>
internal static class Screenshots
{
    public static string Folder { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("LAKALAPOS_SCREENSHOTS") is { Length: > 0 } folder
            ? Path.GetFullPath(folder, Path.GetDirectoryName(ProfileDirectory.Locate())!)
            : Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static string PathOf(string name) => Path.Combine(Folder, name);
}
