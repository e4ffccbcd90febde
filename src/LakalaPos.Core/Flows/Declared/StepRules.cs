using LakalaPos.Core.Engine;
using LakalaPos.Core.Input;
using LakalaPos.Core.Hardware;

namespace LakalaPos.Core.Flows.Declared;

/// <summary>One step of a declared flow: its screen, the field its digits go to, what happens on entry, and its rules in order.</summary>
public sealed class StepRules<TFlow, TStep>
    where TFlow : StepFlow<TFlow, TStep>
    where TStep : struct, Enum
{
    private readonly List<StepRule<TFlow, TStep>> _rules = [];

    internal StepRules(TStep step, Func<TFlow, TerminalContext, IEnumerable<string>> screen)
    {
        Step = step;
        Screen = screen;
    }

    public TStep Step { get; }
    internal Func<TFlow, TerminalContext, IEnumerable<string>> Screen { get; }
    internal Func<TFlow, IKeyEntry>? FieldOf { get; private set; }
    internal Action<TFlow, TerminalContext>? Entering { get; private set; }
    internal string? EnteringLabel { get; private set; }
    internal IReadOnlyList<string> EnteringLeadsTo { get; private set; } = [];
    internal IReadOnlyList<StepRule<TFlow, TStep>> Rules => _rules;
    internal bool IsWaiting { get; private set; }

    /// <summary>Digits and CLEAR edit this field (the screen is redrawn); other keys go to the rules.</summary>
    public StepRules<TFlow, TStep> Field(Func<TFlow, IKeyEntry> field)
    {
        FieldOf = field;
        return this;
    }

    /// <summary>
    /// The step waits for the host, not the operator: no prompt time-out, and CANCEL is not taken
    /// (the request may already be on its way).
    /// </summary>
    public StepRules<TFlow, TStep> Waiting()
    {
        IsWaiting = true;
        return this;
    }

    /// <summary>Runs <paramref name="action"/> when the step is entered (after it is drawn), e.g. sending to the host.</summary>
    public StepRules<TFlow, TStep> OnEnter(string what, Action<TFlow, TerminalContext> action, params string[] leadsTo)
    {
        Entering = action;
        EnteringLabel = what;
        EnteringLeadsTo = leadsTo;
        return this;
    }

    /// <summary>A rule for one key.</summary>
    public StepRule<TFlow, TStep> On(Key key) => Add(new StepRule<TFlow, TStep>(this, key.Name(), input => input.Card is null && input.Key == key));

    /// <summary>A rule for a set of keys, named for the diagram ("1-6").</summary>
    public StepRule<TFlow, TStep> On(string keys, Func<Key, bool> match) => Add(new StepRule<TFlow, TStep>(this, keys, input => input.Card is null && match(input.Key)));

    /// <summary>A rule for a card presented at this step.</summary>
    public StepRule<TFlow, TStep> OnCard() => Add(new StepRule<TFlow, TStep>(this, "card", input => input.Card is not null));

    private StepRule<TFlow, TStep> Add(StepRule<TFlow, TStep> rule)
    {
        _rules.Add(rule);
        return rule;
    }

    internal IEnumerable<FlowEdge> Edges
    {
        get
        {
            if (EnteringLabel is not null)
                foreach (var to in EnteringLeadsTo)
                    yield return new FlowEdge(Step.ToString(), to, EnteringLabel);
            foreach (var rule in _rules)
                foreach (var to in rule.LeadsTo)
                    yield return new FlowEdge(Step.ToString(), to, rule.Label);
        }
    }
}
