using LakalaPos.HostSimulator.Crypto;
using LakalaPos.HostSimulator.Ledger;
using Serilog;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>What every request handler works with.</summary>
internal sealed record HostServices(SimulatorSettings Settings, IHostStore Store, IHostCrypto Crypto, TimeProvider Clock, ILogger Log);
