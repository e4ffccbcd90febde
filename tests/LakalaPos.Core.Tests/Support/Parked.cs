using LakalaPos.Core.Engine;

namespace LakalaPos.Core.Tests.Support;

/// <summary>Where a test sends a flow when it is done with it: does nothing, so the test can look.</summary>
internal sealed class Parked(string name) : Activity
{
    public override string Name => name;
}
