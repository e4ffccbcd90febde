using System.Net;
using LakalaPos.Profiles;
using LakalaPos.Shared;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// The arguments of <c>run [--profile NAME] [--data DIR] [--profiles DIR] [--host HOST:PORT] [--ecr ADDRESS:PORT] [--record FILE] [--verbose] [--line]</c>;
/// <c>--line</c> keeps the line protocol on a terminal too (no full-screen console); <c>--ecr</c>
/// listens for a cash register on TCP instead of the profile's ecr section.
/// </summary>
public sealed record RunArguments(string Profile, string? DataDirectory, string? ProfilesDirectory, bool Verbose, string? Host = null, string? Record = null, bool Line = false,
    IPEndPoint? Ecr = null)
{
    public const string Usage = "run [--profile NAME] [--data DIR] [--profiles DIR] [--host HOST:PORT] [--ecr ADDRESS:PORT] [--record FILE] [--verbose] [--line]";

    /// <summary>The profile with the register's link this run asks for: --ecr replaces the profile's ecr section.</summary>
    public HardwareProfile Apply(HardwareProfile profile) => Ecr is null ? profile : profile with { Ecr = new EcrProfile(Ecr, null) };

    public static bool TryParse(IReadOnlyList<string> args, out RunArguments parsed, out string? error)
    {
        parsed = new RunArguments("emulator", null, null, false);
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--profile":
                    parsed = parsed with { Profile = Value() ?? "" };
                    if (parsed.Profile.Length == 0)
                        error = "--profile needs a NAME";
                    break;
                case "--data":
                    parsed = parsed with { DataDirectory = Value() };
                    error ??= parsed.DataDirectory is null ? "--data needs a DIR" : null;
                    break;
                case "--profiles":
                    parsed = parsed with { ProfilesDirectory = Value() };
                    error ??= parsed.ProfilesDirectory is null ? "--profiles needs a DIR" : null;
                    break;
                case "--host":
                    parsed = parsed with { Host = Value() };
                    error ??= parsed.Host is null || !parsed.Host.Contains(':') ? "--host needs HOST:PORT" : null;
                    break;
                case "--ecr":
                    var ecr = Value();
                    parsed = parsed with { Ecr = ecr is null ? null : EcrProfile.ParseListenAddress(ecr) };
                    error ??= parsed.Ecr is null ? $"--ecr needs an IP address and port to listen on for the register, such as 127.0.0.1:9100{(ecr is null ? "" : $", was '{Echo.Cut(ecr)}'")}" : null;
                    break;
                case "--record":
                    parsed = parsed with { Record = Value() };
                    error ??= string.IsNullOrEmpty(parsed.Record) ? "--record needs a FILE (the replay script to write)" : null;
                    break;
                case "--verbose":
                    parsed = parsed with { Verbose = true };
                    break;
                case "--line":
                    parsed = parsed with { Line = true };
                    break;
                default:
                    error = $"unknown option '{args[i]}'";
                    break;
            }
            if (error is not null)
                return false;
        }
        return true;
    }
}
