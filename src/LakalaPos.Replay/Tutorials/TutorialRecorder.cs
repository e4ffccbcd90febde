using LakalaPos.Replay.Parsing.Commands;
using LakalaPos.Replay.Running;

namespace LakalaPos.Replay.Tutorials;

/// <summary>One step of a tutorial: what the operator did (with the author's words), the screen after it, the receipts it printed.</summary>
public sealed record TutorialStep(StepText? Action, IReadOnlyList<string> Narration, IReadOnlyList<string> Screen, IReadOnlyList<string> Receipts);

/// <summary>
/// Watches a script run and keeps a tutorial step for the screen at power-on and for each thing an
/// operator (or the card, the paper, the host) does; checks and settings are not steps.
/// </summary>
public sealed class TutorialRecorder(ScriptNarration narration) : IScriptObserver
{
    private readonly List<TutorialStep> _steps = [];
    private int _receiptsSeen;

    public IReadOnlyList<TutorialStep> Steps => _steps;

    /// <summary>The display's size, as the terminal that ran the script has it.</summary>
    public (int Columns, int Rows) ScreenSize { get; private set; } = (32, 8);

    public void Booted(IReplayTarget target)
    {
        ScreenSize = target.ScreenSize;
        _steps.Add(new TutorialStep(null, [], [.. target.ScreenRows], NewReceipts(target)));
    }

    public void Executed(ScriptCommand command, IReplayTarget target)
    {
        if (StepText.Of(command) is not { } action)
            return;
        _steps.Add(new TutorialStep(action, narration.Above(command.Line), [.. target.ScreenRows], NewReceipts(target)));
    }

    private List<string> NewReceipts(IReplayTarget target)
    {
        var printed = target.PrintedReceipts;
        var fresh = printed.Skip(_receiptsSeen).ToList();
        _receiptsSeen = printed.Count;
        return fresh;
    }
}
