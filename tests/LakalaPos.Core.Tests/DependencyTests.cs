using FluentAssertions;
using LakalaPos.Core.Engine;
using System.Text.RegularExpressions;
using LakalaPos.Tests.Shared;
using Xunit;

namespace LakalaPos.Core.Tests;

/// <summary>The core is the centre: everything of ours points at it and it points at nothing of ours (docs/architecture.md).</summary>
public class DependencyTests
{
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Tests run untrimmed.")]
    private static IEnumerable<string> OurReferences(System.Reflection.Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("LakalaPos", StringComparison.Ordinal));

    [Fact]
    public void The_core_references_no_project_of_ours() =>
        OurReferences(typeof(TerminalEngine).Assembly).Should().BeEmpty();

    [Fact]
    public void The_core_reads_no_hardware_profile() =>
        Namespaces(typeof(TerminalEngine).Assembly).Should().NotContain(n => n.EndsWith(".Profiles", StringComparison.Ordinal));

    /// <summary>The engine is given its first activity and its fault path (EngineFlows): it names no flow.</summary>
    [Fact]
    public void The_engine_names_no_flow()
    {
        var engine = Path.Combine(RepositoryRoot.Path, "src", "LakalaPos.Core", "Engine");
        var code = Directory.EnumerateFiles(engine, "*.cs")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal));

        code.Where(l => Regex.IsMatch(l.Text, @"\bFlows\b")).Select(l => $"{l.File}:{l.Line}: {l.Text}").Should().BeEmpty();
    }

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Tests run untrimmed.")]
    private static IEnumerable<string> Namespaces(System.Reflection.Assembly assembly) =>
        assembly.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct();
}
