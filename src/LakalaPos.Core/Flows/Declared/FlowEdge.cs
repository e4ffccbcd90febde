namespace LakalaPos.Core.Flows.Declared;

/// <summary>One transition of a declared flow, for its diagram: from a step, on an input (and a guard), to a step or an exit.</summary>
public sealed record FlowEdge(string From, string To, string On);

/// <summary>What a declared flow tells about itself: its name, what it does, its first step and every transition.</summary>
public interface IFlowDeclaration
{
    string Name { get; }

    /// <summary>One sentence: what the flow is for.</summary>
    string Summary { get; }

    string First { get; }

    IReadOnlyList<FlowEdge> Edges { get; }
}
