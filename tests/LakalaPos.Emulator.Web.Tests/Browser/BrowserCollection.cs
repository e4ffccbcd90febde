using Xunit;

namespace LakalaPos.Emulator.Web.Tests.Browser;

/// <summary>The browser tests run one at a time, each with its own Chromium and its own emulator (two cores: no racing browsers).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "browser";

    /// <summary>Each browser test ends within this, whatever happens (every wait in it is bounded well below).</summary>
    public const int TimeLimitMs = 60_000;
}
