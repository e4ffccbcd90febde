using System.Globalization;
using LakalaPos.Terminal.Cli;

namespace LakalaPos.Terminal.Emulator;

/// <summary>
/// The arguments of <c>emulator [--port N]</c> followed by those of <c>run</c> (profile, data,
/// profiles, host, verbose). Port 0 picks a free port.
/// </summary>
public sealed record EmulatorArguments(int Port, RunArguments Terminal)
{
    public const int DefaultPort = 5080;
    public const string Usage = EmulatorCommand.Usage;

    public static bool TryParse(IReadOnlyList<string> args, out EmulatorArguments parsed, out string? error)
    {
        var port = DefaultPort;
        var rest = new List<string>();
        parsed = new EmulatorArguments(port, new RunArguments("emulator", null, null, false));
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] != "--port")
            {
                rest.Add(args[i]);
                continue;
            }
            var text = i + 1 < args.Count ? args[++i] : null;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535)
            {
                error = $"--port needs a number from 0 to 65535 (0: any free port), was '{text}'";
                return false;
            }
        }
        if (!RunArguments.TryParse(rest, out var terminal, out error))
            return false;
        if (terminal.Line)
        {
            error = "--line is an option of run (the browser has no line protocol)";
            return false;
        }
        parsed = new EmulatorArguments(port, terminal);
        return true;
    }
}
