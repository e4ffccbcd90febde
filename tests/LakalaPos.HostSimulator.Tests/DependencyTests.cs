using FluentAssertions;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Tests;

/// <summary>The simulator is a peer of the terminal: it shares the ISO 8583 library and nothing else of ours.</summary>
public class DependencyTests
{
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Tests run untrimmed.")]
    private static IEnumerable<string> OurReferences(System.Reflection.Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("LakalaPos", StringComparison.Ordinal));

    [Fact]
    public void The_host_simulator_references_only_the_iso8583_library() =>
        OurReferences(typeof(AcquirerSimulator).Assembly).Should().Equal("LakalaPos.Iso8583");

    [Fact]
    public void The_iso8583_library_references_no_project_of_ours() =>
        OurReferences(typeof(Iso8583Codec).Assembly).Should().BeEmpty();
}
