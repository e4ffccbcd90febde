using LakalaPos.Core.Engine;
using LakalaPos.Core.Parameters;
using LakalaPos.Profiles;
using LakalaPos.Core.Security;

namespace LakalaPos.Terminal.Composition;

/// <summary>What the core takes from a hardware profile.</summary>
public static class ProfileOptions
{
    /// <param name="hostAddress">Where the host is when not where the profile says (the embedded simulator's port); null = host.address.</param>
    public static TerminalOptions For(HardwareProfile profile, string? hostAddress = null) => new()
    {
        PromptTimeout = profile.Terminal.PromptTimeout,
        HostTimeout = profile.Terminal.HostTimeout,
        IsTestProfile = profile.IsTest,
        PanProtector = new PanProtector(profile.Security.DataKey.ReadKey()),
        ParameterDefaults = ParameterDefaults(profile.Host, hostAddress),
    };

    /// <summary>
    /// The 系统管理 defaults the profile gives: its TPDU, and its host address (a TCP link's host;
    /// for the embedded simulator only a default) unless <paramref name="hostAddress"/> says otherwise.
    /// A value set through 系统管理 wins over them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ParameterDefaults(HostProfile host, string? hostAddress = null)
    {
        var defaults = new Dictionary<string, string> { [ParameterCatalog.Tpdu] = host.Tpdu.ToUpperInvariant() };
        if ((hostAddress ?? host.Address?.ToString()) is { } address)
            defaults[ParameterCatalog.HostAddress] = address;
        return defaults;
    }

    /// <summary>The host address the parameter starts from before 系统管理 changes it.</summary>
    public static string DefaultHostAddress(TerminalOptions options) =>
        options.ParameterDefaults.TryGetValue(ParameterCatalog.HostAddress, out var address)
            ? address
            : ParameterCatalog.Find(ParameterCatalog.HostAddress)!.Default;
}
