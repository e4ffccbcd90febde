using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Input;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Declared;

/// <summary>
/// A prompting flow run from its <see cref="FlowTable{TFlow,TStep}"/>: the current step's field
/// takes digits and CLEAR, the step's rules take other keys and cards, and the step's screen is
/// drawn from the declaration. A one-off notice (<see cref="Notice"/>) shows under it until the next redraw.
/// </summary>
public abstract class StepFlow<TFlow, TStep> : PromptActivity
    where TFlow : StepFlow<TFlow, TStep>
    where TStep : struct, Enum
{
    private (Phrase Phrase, object[] Args)? _notice;

    protected abstract FlowTable<TFlow, TStep> Table { get; }

    public TStep CurrentStep { get; private set; }

    public override string Name => $"{Table.Name}/{CurrentStep}";

    private TFlow Self => (TFlow)this;

    /// <summary>CANCEL and the prompt time-out end the flow except at a step that waits for the host (<see cref="StepRules{TFlow,TStep}.Waiting"/>).</summary>
    protected override bool CanAbandon => !Table.IsWaiting(CurrentStep);

    public override void Enter(TerminalContext ctx) => GoTo(ctx, Table.FirstStep);

    /// <summary>Moves to a step: logged, prompt time-out restarted (stopped at a step that waits), drawn, and the step's entry action run.</summary>
    public virtual void GoTo(TerminalContext ctx, TStep step)
    {
        CurrentStep = step;
        ctx.LogStep(Table.Name, step.ToString());
        if (Table[step].IsWaiting)
            StopPromptTimer(ctx);
        else
            RestartPromptTimer(ctx);
        Redraw(ctx);
        Table[step].Entering?.Invoke(Self, ctx);
    }

    /// <summary>Shows <paramref name="notice"/> under the step's screen until the next redraw ("金额无效").</summary>
    public void Notice(Phrase notice, params object[] args) => _notice = (notice, args);

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        var step = Table[CurrentStep];
        if (step.FieldOf?.Invoke(Self).Accept(key) == true)
        {
            Redraw(ctx);
            return;
        }
        Apply(ctx, new StepInput(key));
    }

    /// <summary>A card goes to the step's card rule; a step without one ignores it (logged).</summary>
    public override void OnCard(TerminalContext ctx, CardData card)
    {
        if (!Apply(ctx, new StepInput(Key.Enter, card)))
            base.OnCard(ctx, card);
    }

    private bool Apply(TerminalContext ctx, StepInput input)
    {
        foreach (var rule in Table[CurrentStep].Rules)
        {
            if (!rule.Applies(Self, ctx, input))
                continue;
            rule.Apply(Self, ctx, input);
            return true;
        }
        return false;
    }

    /// <summary>Draws the current step's screen, with the one-off notice under it.</summary>
    public void Redraw(TerminalContext ctx)
    {
        var lines = Table[CurrentStep].Screen(Self, ctx).ToList();
        if (_notice is { } notice)
            lines.Add(ctx.Say(notice.Phrase, notice.Args));
        _notice = null;
        ctx.Show(new Screen(lines));
    }
}
