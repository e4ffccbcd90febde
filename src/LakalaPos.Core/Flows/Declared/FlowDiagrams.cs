using System.Text;

namespace LakalaPos.Core.Flows.Declared;

/// <summary>
/// docs/flows.md, drawn from the flows' own declarations (<see cref="FlowCatalog"/>): a Mermaid
/// state diagram for each flow and menu. A test fails when the file in docs/ is not what this draws.
/// </summary>
public static class FlowDiagrams
{
    public static string Markdown(IEnumerable<IFlowDeclaration> flows)
    {
        var text = new StringBuilder();
        text.Append("""
            # Flows

            Every flow and menu of the terminal, drawn from the declarations the terminal runs
            (`src/LakalaPos.Core/Flows`): each step's rules — on a key or a card, when a guard holds —
            lead to another step, back to the same step, or out of the flow. CANCEL and the prompt
            time-out (60 s) leave every prompting step for home with nothing sent, and are not drawn.
            Menu items marked with a password ask for it first. This file is generated
            (`lakalapos flows --out docs/flows.md`); a test fails when it is stale.

            """);
        foreach (var flow in flows)
            Append(text, flow);
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static void Append(StringBuilder text, IFlowDeclaration flow)
    {
        text.Append('\n').Append("## ").Append(flow.Name).Append("\n\n").Append(flow.Summary).Append("\n\n```mermaid\nstateDiagram-v2\n");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Id(string node)
        {
            if (ids.TryGetValue(node, out var id))
                return id;
            id = IsPlain(node) ? node : $"n{ids.Count + 1}";
            ids[node] = id;
            if (id != node)
                text.Append("    state \"").Append(node.Replace("\"", "'", StringComparison.Ordinal)).Append("\" as ").Append(id).Append('\n');
            return id;
        }
        text.Append("    [*] --> ").Append(Id(flow.First)).Append('\n');
        foreach (var edge in flow.Edges)
        {
            var from = Id(edge.From);
            var to = Id(edge.To);
            text.Append("    ").Append(from).Append(" --> ").Append(to).Append(" : ").Append(Label(edge.On)).Append('\n');
        }
        text.Append("```\n");
    }

    private static bool IsPlain(string node) => node.Length > 0 && char.IsAsciiLetter(node[0]) && node.All(char.IsAsciiLetterOrDigit);

    // Mermaid ends a label at a line break and reads ':' and ';' itself.
    private static string Label(string on) => on.Replace(':', ' ').Replace(';', ',');
}
