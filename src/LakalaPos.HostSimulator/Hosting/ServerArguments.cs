using System.Globalization;

namespace LakalaPos.HostSimulator.Hosting;

/// <summary>
/// The host simulator program's command line: <c>--port N [--db FILE | --memory] [--verbose]</c>.
/// State goes to a SQLite file (default <see cref="DefaultDatabase"/>) so it survives restarts.
/// </summary>
public sealed record ServerArguments(int Port, string? Database, bool Verbose)
{
    public const string DefaultDatabase = "lakalapos-host.db";
    public const string Usage = "LakalaPos.HostSimulator --port N [--db FILE | --memory] [--verbose]   (N = 0 picks a free port; state in lakalapos-host.db by default)";

    public static bool TryParse(IReadOnlyList<string> args, out ServerArguments parsed, out string? error)
    {
        parsed = new ServerArguments(-1, DefaultDatabase, false);
        error = null;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--port":
                    var text = Value();
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
                        error = $"--port needs a number from 0 to 65535, was '{text}'";
                    else
                        parsed = parsed with { Port = port };
                    break;
                case "--db":
                    var db = Value();
                    if (string.IsNullOrWhiteSpace(db))
                        error = "--db needs a FILE";
                    else
                        parsed = parsed with { Database = db };
                    break;
                case "--memory":
                    parsed = parsed with { Database = null };
                    break;
                case "--verbose":
                    parsed = parsed with { Verbose = true };
                    break;
                default:
                    error = $"unknown option '{args[i]}'";
                    break;
            }
        }
        if (error is null && parsed.Port < 0)
            error = "--port is required";
        return error is null;
    }
}
