using LakalaPos.Profiles;
using LakalaPos.Terminal.Composition;

namespace LakalaPos.Terminal.Cli;

/// <summary>What every lakalapos command does the same way: refuse bad arguments, and load the hardware profile.</summary>
public static class CommandLine
{
    /// <summary>Says what is wrong with the arguments and how the command is used; returns exit code 2.</summary>
    public static int BadArguments(TextWriter error, string? problem, string usage)
    {
        error.WriteLine($"lakalapos: {problem}");
        error.WriteLine($"usage: lakalapos {usage}");
        return 2;
    }

    /// <summary>The named profile, or null after one line saying why it cannot be used.</summary>
    public static HardwareProfile? LoadProfile(string? profilesDirectory, string name, TextWriter error)
    {
        try
        {
            return HardwareProfileLoader.LoadByName(ProfileDirectory.Locate(profilesDirectory), name);
        }
        catch (HardwareProfileException ex)
        {
            error.WriteLine($"lakalapos: {ex.Message}");
            return null;
        }
    }
}
