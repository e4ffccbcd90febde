using LakalaPos.Core.Engine;

namespace LakalaPos.Core.Flows;

/// <summary>The terminal's own start and fault path for the engine: boot at power on; after a fault, "系统故障,请重试" and home.</summary>
public static class TerminalFlows
{
    public static EngineFlows Standard { get; } = new(_ => new BootActivity(), FaultRecovery.For);

    /// <summary>Starts in <paramref name="first"/> instead of boot (tests), with the same fault path.</summary>
    public static EngineFlows StartingWith(Func<TerminalContext, Activity> first) => new(first, FaultRecovery.For);
}
