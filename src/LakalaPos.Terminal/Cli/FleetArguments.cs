using System.Globalization;
using LakalaPos.Protocol.Links;
using LakalaPos.Shared;

namespace LakalaPos.Terminal.Cli;

/// <summary>What a virtual terminal of the fleet asks the host for; see <see cref="FleetMix"/>.</summary>
public enum FleetRequestKind
{
    Sale,
    Void,
    Refund,
}

/// <summary>
/// How often each kind of request is sent: relative weights (<c>sale:80,void:10,refund:10</c>).
/// A void or a refund needs an approved sale of the terminal's own to name; a terminal with none
/// sends a sale instead.
/// </summary>
public sealed record FleetMix(int Sale, int Void, int Refund)
{
    public static FleetMix Default { get; } = new(80, 10, 10);

    public int Total => Sale + Void + Refund;

    /// <summary>The kind for a number drawn in [0, <see cref="Total"/>).</summary>
    public FleetRequestKind Pick(int draw) =>
        draw < Sale ? FleetRequestKind.Sale : draw < Sale + Void ? FleetRequestKind.Void : FleetRequestKind.Refund;

    public override string ToString() => $"sale:{Sale},void:{Void},refund:{Refund}";

    /// <summary>"sale:80,void:10,refund:10": each kind at most once, weights 0 to 1000, a sale weight above 0.</summary>
    public static bool TryParse(string text, out FleetMix mix, out string? problem)
    {
        mix = new FleetMix(0, 0, 0);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(','))
        {
            var pair = part.Split(':');
            if (pair.Length != 2 || pair[0].Trim() is not ("sale" or "void" or "refund") || !seen.Add(pair[0].Trim()))
            {
                problem = $"--mix '{Echo.Cut(text)}' is not KIND:WEIGHT,... with each of sale, void, refund at most once";
                return false;
            }
            if (!int.TryParse(pair[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var weight) || weight > 1000)
            {
                problem = $"--mix '{Echo.Cut(text)}': the weight of {pair[0].Trim()} is not a whole number from 0 to 1000";
                return false;
            }
            mix = pair[0].Trim() switch
            {
                "sale" => mix with { Sale = weight },
                "void" => mix with { Void = weight },
                _ => mix with { Refund = weight },
            };
        }
        if (mix.Sale == 0)
        {
            problem = $"--mix '{Echo.Cut(text)}' has no sales: voids and refunds name sales the fleet made";
            return false;
        }
        problem = null;
        return true;
    }
}

/// <summary>The arguments of <c>fleet --host HOST:PORT --terminals N --duration SECONDS [--mix ...] [--timeout SECONDS]</c>.</summary>
public sealed record FleetArguments(string Host, int Terminals, int DurationSeconds, FleetMix Mix, int TimeoutSeconds)
{
    public const string Usage = "fleet --host HOST:PORT --terminals N --duration SECONDS [--mix sale:80,void:10,refund:10] [--timeout SECONDS]";

    public const int MaxTerminals = 1000;
    public const int MaxDurationSeconds = 86_400;
    public const int DefaultTimeoutSeconds = 10;

    public static bool TryParse(IReadOnlyList<string> args, out FleetArguments parsed, out string? error)
    {
        parsed = new FleetArguments("", 0, 0, FleetMix.Default, DefaultTimeoutSeconds);
        string? host = null;
        int? terminals = null, duration = null;
        error = null;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            var option = args[i];
            var value = i + 1 < args.Count ? args[++i] : null;
            switch (option)
            {
                case "--host":
                    if (value is null)
                        error = "--host needs HOST:PORT";
                    else
                    {
                        try
                        {
                            host = TcpTransportSettings.NormalAddress(value);
                        }
                        catch (FormatException)
                        {
                            error = $"--host '{Echo.Cut(value)}' is not HOST:PORT with a port between 1 and 65535";
                        }
                    }
                    break;
                case "--terminals":
                    terminals = Number(option, value, 1, MaxTerminals, ref error);
                    break;
                case "--duration":
                    duration = Number(option, value, 1, MaxDurationSeconds, ref error);
                    break;
                case "--timeout":
                    parsed = parsed with { TimeoutSeconds = Number(option, value, 1, 600, ref error) ?? 0 };
                    break;
                case "--mix":
                    if (value is null)
                        error = "--mix needs KIND:WEIGHT,... (sale:80,void:10,refund:10)";
                    else if (FleetMix.TryParse(value, out var mix, out var problem))
                        parsed = parsed with { Mix = mix };
                    else
                        error = problem;
                    break;
                default:
                    error = $"unknown option '{Echo.Cut(option)}'";
                    break;
            }
        }
        if (error is null && host is null)
            error = "--host HOST:PORT is needed: the host to load";
        if (error is null && terminals is null)
            error = "--terminals N is needed";
        if (error is null && duration is null)
            error = "--duration SECONDS is needed";
        if (error is not null)
            return false;
        parsed = parsed with { Host = host!, Terminals = terminals!.Value, DurationSeconds = duration!.Value };
        return true;
    }

    private static int? Number(string option, string? value, int min, int max, ref string? error)
    {
        if (value is not null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        error = value is null
            ? $"{option} needs a number from {min} to {max}"
            : $"{option} '{Echo.Cut(value)}' is not a number from {min} to {max}";
        return null;
    }
}
