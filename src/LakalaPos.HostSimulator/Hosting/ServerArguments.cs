using System.Globalization;

namespace LakalaPos.HostSimulator.Hosting;

/// <summary>The host simulator program's command line: <c>--port N [--db FILE] [--verbose]</c>.</summary>
public sealed record ServerArguments(int Port, string? Database, bool Verbose)
{
    public const string Usage = "LakalaPos.HostSimulator --port N [--db FILE] [--verbose]   (N = 0 picks a free port)";

    public static bool TryParse(IReadOnlyList<string> args, out ServerArguments parsed, out string? error)
    {
        parsed = new ServerArguments(-1, null, false);
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
