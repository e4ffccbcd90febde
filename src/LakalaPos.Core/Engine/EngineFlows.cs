namespace LakalaPos.Core.Engine;

/// <summary>
/// Where the engine goes without being told by an activity: the first activity at power on, and
/// somewhere safe after a fault inside a flow. Given by whoever builds the engine, so the engine
/// knows no flow (the terminal's are <c>Flows.TerminalFlows</c>).
/// </summary>
public sealed record EngineFlows(Func<TerminalContext, Activity> First, Func<TerminalContext, Activity> AfterFault);
