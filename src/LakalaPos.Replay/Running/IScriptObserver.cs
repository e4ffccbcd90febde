using LakalaPos.Replay.Parsing.Commands;

namespace LakalaPos.Replay.Running;

/// <summary>Watches a script run: told after boot and after each command, with the terminal to look at (never to act on).</summary>
public interface IScriptObserver
{
    void Booted(IReplayTarget target);

    void Executed(ScriptCommand command, IReplayTarget target);
}
