using FluentAssertions;
using LakalaPos.Core.Engine;
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

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Tests run untrimmed.")]
    private static IEnumerable<string> Namespaces(System.Reflection.Assembly assembly) =>
        assembly.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct();
}
