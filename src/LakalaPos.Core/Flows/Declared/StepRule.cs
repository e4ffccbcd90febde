using LakalaPos.Core.Engine;

namespace LakalaPos.Core.Flows.Declared;

/// <summary>
/// One rule of a step: on an input, when a guard holds, do something — go to a step
/// (<see cref="To"/>), stay (<see cref="Stay"/>), leave the flow (<see cref="Exit"/>), or run an
/// action that picks among named outcomes (<see cref="Then"/>).
/// </summary>
public sealed class StepRule<TFlow, TStep>
    where TFlow : StepFlow<TFlow, TStep>
    where TStep : struct, Enum
{
    private readonly StepRules<TFlow, TStep> _step;
    private readonly string _on;
    private readonly Func<StepInput, bool> _matches;
    private string? _guardLabel;
    private Func<TFlow, TerminalContext, StepInput, bool>? _guard;

    internal StepRule(StepRules<TFlow, TStep> step, string on, Func<StepInput, bool> matches)
    {
        _step = step;
        _on = on;
        _matches = matches;
    }

    internal Action<TFlow, TerminalContext, StepInput> Apply { get; private set; } = (_, _, _) => { };
    internal IReadOnlyList<string> LeadsTo { get; private set; } = [];
    internal string Label => _guardLabel is null ? _on : $"{_on} [{_guardLabel}]";

    internal bool Applies(TFlow flow, TerminalContext ctx, StepInput input) =>
        _matches(input) && (_guard is null || _guard(flow, ctx, input));

    /// <summary>The rule applies only when <paramref name="guard"/> holds; <paramref name="label"/> names it in the diagram.</summary>
    public StepRule<TFlow, TStep> When(string label, Func<TFlow, TerminalContext, bool> guard) =>
        When(label, (flow, ctx, _) => guard(flow, ctx));

    /// <summary>The rule applies only when <paramref name="guard"/> holds for the input (the card presented); <paramref name="label"/> names it in the diagram.</summary>
    public StepRule<TFlow, TStep> When(string label, Func<TFlow, TerminalContext, StepInput, bool> guard)
    {
        _guardLabel = label;
        _guard = guard;
        return this;
    }

    /// <summary>Goes to <paramref name="step"/>, after <paramref name="before"/> if given.</summary>
    public StepRules<TFlow, TStep> To(TStep step, Action<TFlow, TerminalContext, StepInput>? before = null) =>
        Set((flow, ctx, input) =>
        {
            before?.Invoke(flow, ctx, input);
            if (ctx.IsCurrent(flow))
                flow.GoTo(ctx, step);
        }, step.ToString());

    /// <summary>Stays on the step: runs <paramref name="action"/> and redraws.</summary>
    public StepRules<TFlow, TStep> Stay(Action<TFlow, TerminalContext, StepInput> action) =>
        Set((flow, ctx, input) =>
        {
            action(flow, ctx, input);
            if (ctx.IsCurrent(flow))
                flow.Redraw(ctx);
        }, _step.Step.ToString());

    /// <summary>Leaves the flow for what <paramref name="next"/> gives; <paramref name="label"/> names it in the diagram.</summary>
    public StepRules<TFlow, TStep> Exit(string label, Func<TFlow, TerminalContext, StepInput, Activity> next) =>
        Set((flow, ctx, input) => ctx.Go(next(flow, ctx, input)), label);

    /// <summary>Runs <paramref name="action"/>, which leads to one of <paramref name="leadsTo"/> (named for the diagram).</summary>
    public StepRules<TFlow, TStep> Then(Action<TFlow, TerminalContext, StepInput> action, params string[] leadsTo) =>
        Set(action, leadsTo);

    private StepRules<TFlow, TStep> Set(Action<TFlow, TerminalContext, StepInput> apply, params string[] leadsTo)
    {
        Apply = apply;
        LeadsTo = leadsTo;
        return _step;
    }
}
