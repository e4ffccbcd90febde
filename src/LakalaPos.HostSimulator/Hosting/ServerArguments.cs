using System.Globalization;
using LakalaPos.HostSimulator.Server;
using LakalaPos.Shared;

namespace LakalaPos.HostSimulator.Hosting;

/// <summary>
/// The host simulator program's command line: <c>--port PORT [--db FILE | --memory] [--verbose]</c> and
/// the server's limits. State goes to a SQLite file (default <see cref="DefaultDatabase"/>) so it survives restarts.
/// </summary>
public sealed record ServerArguments(int Port, string? Database, bool Verbose)
{
    public const string DefaultDatabase = "lakalapos-host.db";
    public const string Usage = "LakalaPos.HostSimulator --port PORT [--db FILE | --memory] [--verbose] [--idle-timeout SECONDS] [--frame-timeout SECONDS] "
        + "[--max-clients N] [--max-clients-per-address N] [--max-undecodable-frames N]   (PORT 0 picks a free port; state in lakalapos-host.db by default)";

    private const double MaxSeconds = 86_400;
    private const int MaxCount = 100_000;

    /// <summary>The server's limits as given; each one not given keeps its default.</summary>
    public TimeSpan? IdleTimeout { get; init; }
    public TimeSpan? FrameTimeout { get; init; }
    public int? MaxClients { get; init; }
    public int? MaxClientsPerAddress { get; init; }
    public int? MaxUndecodableFrames { get; init; }

    public TcpFrameServerOptions ServerOptions()
    {
        var defaults = new TcpFrameServerOptions();
        return new TcpFrameServerOptions
        {
            Port = Port,
            IdleTimeout = IdleTimeout ?? defaults.IdleTimeout,
            FrameTimeout = FrameTimeout ?? defaults.FrameTimeout,
            MaxClients = MaxClients ?? defaults.MaxClients,
            MaxClientsPerAddress = MaxClientsPerAddress ?? defaults.MaxClientsPerAddress,
            MaxUndecodableFrames = MaxUndecodableFrames ?? defaults.MaxUndecodableFrames,
        };
    }

    public static bool TryParse(IReadOnlyList<string> args, out ServerArguments parsed, out string? error)
    {
        parsed = new ServerArguments(-1, DefaultDatabase, false);
        error = null;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            var option = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : null;
            if (TakesValue(option))
                i++;
            parsed = Apply(parsed, option, value, ref error);
        }
        if (error is null && parsed.Port < 0)
            error = "--port is required";
        return error is null;
    }

    private static bool TakesValue(string option) => option is "--port" or "--db" or "--idle-timeout" or "--frame-timeout"
        or "--max-clients" or "--max-clients-per-address" or "--max-undecodable-frames";

    private static ServerArguments Apply(ServerArguments parsed, string option, string? value, ref string? error)
    {
        switch (option)
        {
            case "--port":
                return Count(option, value, 0, 65535, ref error) is { } port ? parsed with { Port = port } : parsed;
            case "--db":
                if (string.IsNullOrWhiteSpace(value))
                    error = "--db needs a FILE";
                return error is null ? parsed with { Database = value } : parsed;
            case "--memory":
                return parsed with { Database = null };
            case "--verbose":
                return parsed with { Verbose = true };
            case "--idle-timeout":
                return parsed with { IdleTimeout = Seconds(option, value, ref error) };
            case "--frame-timeout":
                return parsed with { FrameTimeout = Seconds(option, value, ref error) };
            case "--max-clients":
                return parsed with { MaxClients = Count(option, value, 1, MaxCount, ref error) };
            case "--max-clients-per-address":
                return parsed with { MaxClientsPerAddress = Count(option, value, 1, MaxCount, ref error) };
            case "--max-undecodable-frames":
                return parsed with { MaxUndecodableFrames = Count(option, value, 1, MaxCount, ref error) };
            default:
                error = $"unknown option '{Echo.Cut(option)}'";
                return parsed;
        }
    }

    private static int? Count(string option, string? text, int min, int max, ref string? error)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        error = $"{option} needs a whole number from {min} to {max}, was '{Echo.Cut(text ?? "")}'";
        return null;
    }

    private static TimeSpan? Seconds(string option, string? text, ref string? error)
    {
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= MaxSeconds)
            return TimeSpan.FromSeconds(s);
        error = $"{option} needs a number of seconds above 0 and up to {MaxSeconds} (e.g. 120 or 0.5), was '{Echo.Cut(text ?? "")}'";
        return null;
    }
}
