namespace LakalaPos.Replay.Running;

/// <summary>A check or command that failed the script; the runner adds the script name and line.</summary>
internal sealed class ScriptFailure(string message) : Exception(message);
