using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace LakalaPos.Terminal.Logging;

/// <summary>
/// The one place logging is configured. Field engineers read the file log; the console gets
/// warnings only so it does not fight with the terminal's screen. Nothing here masks secrets:
/// the code never logs them in the first place (a test greps the whole log of a replay run).
/// </summary>
public static class LogSetup
{
    /// <summary>
    /// Set on an event the program has already told the operator in its own words (a start-up
    /// refusal): it goes to the file only, so the console shows that one line once.
    /// </summary>
    public const string AlreadyShown = "AlreadyShown";

    private const string Template = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u3}] {Message:lj}{NewLine}{Exception}";

    // The console never shows a stack trace: the file keeps it for field engineers.
    private const string ConsoleTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u3}] {Message:lj}{NewLine}";

    /// <summary>
    /// Logger for a running terminal: a rolling file in the data directory, warnings to stderr
    /// (unless <paramref name="console"/> is false), and warnings to <paramref name="page"/> when
    /// one is given (the browser emulator's log strip).
    /// </summary>
    public static Logger ForTerminal(string dataDirectory, bool verboseConsole, bool console = true, ILogEventSink? page = null)
    {
        Directory.CreateDirectory(Path.Combine(dataDirectory, "logs"));
        var config = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .Enrich.WithProperty("App", "lakalapos")
            .WriteTo.File(Path.Combine(dataDirectory, "logs", "lakalapos-.log"), rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14, outputTemplate: Template);
        if (console)
        {
            config = config.WriteTo.Logger(toConsole => toConsole
                .Filter.ByExcluding(e => e.Properties.ContainsKey(AlreadyShown))
                .WriteTo.Console(restrictedToMinimumLevel: verboseConsole ? LogEventLevel.Debug : LogEventLevel.Warning,
                    outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose));
        }
        if (page is not null)
            config = config.WriteTo.Sink(page, LogEventLevel.Warning);
        return config.CreateLogger();
    }

    /// <summary>Logger for one replay script: kept in memory for diagnosis, optionally also to a file.</summary>
    public static Logger ForReplay(ILogEventSink sink, string? file)
    {
        var config = new LoggerConfiguration().MinimumLevel.Debug().WriteTo.Sink(sink);
        if (file is not null)
            config = config.WriteTo.File(file, outputTemplate: Template);
        return config.CreateLogger();
    }
}
