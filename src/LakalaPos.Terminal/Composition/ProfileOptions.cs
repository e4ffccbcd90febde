using LakalaPos.Core.Engine;
using LakalaPos.Profiles;
using LakalaPos.Core.Security;

namespace LakalaPos.Terminal.Composition;

/// <summary>What the core takes from a hardware profile.</summary>
public static class ProfileOptions
{
    public static TerminalOptions For(HardwareProfile profile) => new()
    {
        PromptTimeout = profile.Terminal.PromptTimeout,
        HostTimeout = profile.Terminal.HostTimeout,
        IsTestProfile = profile.IsTest,
        PanProtector = new PanProtector(profile.Security.DataKey.ReadKey()),
    };
}
