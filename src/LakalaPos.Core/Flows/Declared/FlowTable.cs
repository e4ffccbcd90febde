using LakalaPos.Core.Engine;

namespace LakalaPos.Core.Flows.Declared;

/// <summary>
/// A flow declared in one place: each step's screen, the field its digits go to, and its rules
/// — on a key or a card, when a guard holds, go to a step, stay with an action, or leave the flow.
/// Rules are tried in the order written; the first that matches and whose guard holds applies.
/// CANCEL and the prompt time-out need no rule: every prompting step has them (<see cref="PromptActivity"/>).
/// The same declaration drives the flow and draws its diagram (docs/flows.md).
/// </summary>
public sealed class FlowTable<TFlow, TStep> : IFlowDeclaration
    where TFlow : StepFlow<TFlow, TStep>
    where TStep : struct, Enum
{
    private readonly Dictionary<TStep, StepRules<TFlow, TStep>> _steps = [];
    private readonly List<TStep> _order = [];

    public FlowTable(string name, string summary, TStep first)
    {
        Name = name;
        Summary = summary;
        FirstStep = first;
    }

    public string Name { get; }
    public string Summary { get; }
    public TStep FirstStep { get; }
    string IFlowDeclaration.First => FirstStep.ToString();

    /// <summary>Declares a step: what it shows (lines, in the terminal's language) and its rules.</summary>
    public FlowTable<TFlow, TStep> Step(TStep step, Func<TFlow, TerminalContext, IEnumerable<string>> screen,
        Func<StepRules<TFlow, TStep>, StepRules<TFlow, TStep>>? rules = null)
    {
        if (_steps.ContainsKey(step))
            throw new InvalidOperationException($"{Name}: step {step} declared twice");
        var declared = new StepRules<TFlow, TStep>(step, screen);
        _steps[step] = rules is null ? declared : rules(declared);
        _order.Add(step);
        return this;
    }

    internal StepRules<TFlow, TStep> this[TStep step] =>
        _steps.TryGetValue(step, out var rules) ? rules : throw new InvalidOperationException($"{Name}: step {step} is not declared");

    internal bool IsWaiting(TStep step) => _steps.TryGetValue(step, out var rules) && rules.IsWaiting;

    public IReadOnlyList<FlowEdge> Edges =>
        _order.SelectMany(step => _steps[step].Edges).ToList();
}
