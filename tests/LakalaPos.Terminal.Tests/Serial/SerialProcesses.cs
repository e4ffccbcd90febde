using Xunit;

namespace LakalaPos.Terminal.Tests.Serial;

/// <summary>The serial process tests run one at a time: each starts a terminal (and its host simulator) on ptys of its own, and timing matters to them.</summary>
[CollectionDefinition(Name)]
public sealed class SerialProcesses
{
    public const string Name = "serial processes";
}
