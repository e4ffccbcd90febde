using LakalaPos.HostSimulator;
using LakalaPos.HostSimulator.Hosting;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.HostSimulator.Server;
using Serilog;
using Serilog.Events;

// The acquirer host simulator as a server of its own: ISO 8583 over TCP on 127.0.0.1, state kept
// in its own SQLite file so it survives restarts, rules typed on stdin as replay scripts write them.
if (!ServerArguments.TryParse(args, out var parsed, out var problem))
{
    Console.Error.WriteLine($"host simulator: {problem}");
    Console.Error.WriteLine($"usage: {ServerArguments.Usage}");
    return 2;
}

using var log = new LoggerConfiguration()
    // Without --verbose Debug events are not even made: the per-request lines and hex dumps cost nothing on the hot path.
    .MinimumLevel.Is(parsed.Verbose ? LogEventLevel.Debug : LogEventLevel.Information)
    .WriteTo.Console(restrictedToMinimumLevel: parsed.Verbose ? LogEventLevel.Debug : LogEventLevel.Information,
        outputTemplate: "{Timestamp:HH:mm:ss.fff} [{Level:u3}] {Message:lj}{NewLine}{Exception}", standardErrorFromLevel: LogEventLevel.Verbose)
    .CreateLogger();

IHostStore store;
try
{
    store = HostStores.Open(parsed.Database, log);
}
catch (HostStoreException ex)
{
    Console.Error.WriteLine($"host simulator: {ex.Message}");
    return 2;
}
using var closeStore = store as IDisposable;
var host = new AcquirerSimulator(new SimulatorSettings(), TimeProvider.System, log, store);
TcpFrameServer server;
try
{
    server = new TcpFrameServer(host, log, parsed.ServerOptions());
}
catch (InvalidOperationException ex)
{
    Console.Error.WriteLine($"host simulator: {ex.Message}");
    return 1;
}

using (server)
{
    Console.WriteLine($"LakalaPos host simulator listening on 127.0.0.1:{server.Port}{(parsed.Database is null ? " (state in memory)" : $" (state in {Path.GetFullPath(parsed.Database)})")}");
    Console.WriteLine(OperatorCommands.Help);
    var stop = new ManualResetEventSlim();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Set();
    };
    AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Set();
    var commands = new OperatorCommands(host);
    var reader = new Thread(() =>
    {
        // Without a console (started in the background) stdin ends at once: keep serving.
        while (Console.In.ReadLine() is { } line)
        {
            if (line.Trim() == "quit")
            {
                stop.Set();
                return;
            }
            Console.WriteLine(commands.Apply(line));
        }
    }) { IsBackground = true, Name = "commands" };
    reader.Start();
    stop.Wait();
    Console.WriteLine("host simulator stopping");
}
return 0;
