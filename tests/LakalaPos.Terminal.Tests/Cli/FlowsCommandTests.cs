using FluentAssertions;
using LakalaPos.Terminal.Cli;
using Xunit;

namespace LakalaPos.Terminal.Tests.Cli;

public sealed class FlowsCommandTests
{
    [Fact]
    public void Docs_flows_md_is_what_the_flows_declare()
    {
        var output = new StringWriter();

        FlowsCommand.Run([], output, new StringWriter()).Should().Be(0);

        File.ReadAllText(RepositoryRoot.Combine("docs", "flows.md")).ReplaceLineEndings("\n").Should().Be(output.ToString(),
            "docs/flows.md is stale: run `dotnet run --project src/LakalaPos.Terminal -- flows --out docs/flows.md` and commit the result");
    }

    [Fact]
    public void Every_flow_is_a_mermaid_state_diagram_with_a_start()
    {
        var output = new StringWriter();

        FlowsCommand.Run([], output, new StringWriter());

        var text = output.ToString();
        text.Should().Contain("## MainMenu").And.Contain("## OperatorEdit").And.Contain("## ParameterEdit");
        text.Split("```mermaid").Skip(1).Should().AllSatisfy(d => d.Should().Contain("stateDiagram-v2").And.Contain("[*] --> "));
        text.Should().Contain("MainMenu --> SystemMenu : 9 [admin password]");
    }

    [Fact]
    public void An_unknown_option_is_refused_with_the_usage()
    {
        var error = new StringWriter();

        FlowsCommand.Run(["--bogus"], new StringWriter(), error).Should().Be(2);

        error.ToString().Should().Contain("unknown option '--bogus'").And.Contain("usage: lakalapos flows [--out FILE]");
    }
}
