using FluentAssertions;
using Xunit;

namespace LakalaPos.Profiles.Tests;

/// <summary>Profiles are read on the composition side; the loader needs nothing of ours (docs/architecture.md).</summary>
public class DependencyTests
{
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Tests run untrimmed.")]
    private static IEnumerable<string> OurReferences(System.Reflection.Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("LakalaPos", StringComparison.Ordinal));

    [Fact]
    public void The_profile_loader_references_no_project_of_ours() =>
        OurReferences(typeof(HardwareProfileLoader).Assembly).Should().BeEmpty();
}
