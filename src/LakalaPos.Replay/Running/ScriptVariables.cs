using LakalaPos.Replay.Parsing;
using LakalaPos.Shared;

namespace LakalaPos.Replay.Running;

/// <summary>The variables a script has saved so far, and their substitution into templates.</summary>
internal sealed class ScriptVariables
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public void Save(string name, string value) => values[name] = value;

    /// <summary>The template with variables substituted; an unknown <c>$NAME</c> fails the script at this line.</summary>
    public string Resolve(TextTemplate template)
    {
        if (template.TryResolve(values, out var text, out var unknown))
            return text;
        var known = values.Count == 0 ? "nothing saved yet" : "saved: " + string.Join(", ", values.Keys.Order(StringComparer.Ordinal).Select(k => "$" + k));
        throw new ScriptFailure($"unknown variable ${Echo.Cut(unknown!)} ({known})");
    }
}
