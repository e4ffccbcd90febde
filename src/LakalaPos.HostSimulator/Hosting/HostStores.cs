using LakalaPos.HostSimulator.Ledger;
using Serilog;

namespace LakalaPos.HostSimulator.Hosting;

/// <summary>The host's memory: a SQLite file that survives restarts when one is named, else memory.</summary>
public static class HostStores
{
    public static IHostStore Open(string? path, ILogger log) =>
        path is null ? new InMemoryHostStore() : SqliteHostStore.Open(path, log: log);
}
