using System.Xml.Linq;
using FluentAssertions;
using LakalaPos.Replay.Running;
using LakalaPos.Replay.Suite;
using LakalaPos.Replay.Tests.Fakes;

namespace LakalaPos.Replay.Tests.Suite;

public sealed class JUnitReportTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private XDocument RunWithJUnit(Func<IReplayTarget> factory)
    {
        var junit = System.IO.Path.Combine(folder.Path, "report.xml");
        ReplaySuite.Run([System.IO.Path.Combine(folder.Path, "scripts")], factory, TextWriter.Null, junit);
        return XDocument.Load(junit);
    }

    [Fact]
    public void The_report_has_one_testcase_per_script_and_counts_failures()
    {
        folder.Write("scripts/a.replay", "key 1");
        folder.Write("scripts/sub/b.replay", "expect screen 交易成功");

        var report = RunWithJUnit(() => new FakeReplayTarget());

        var suite = report.Root!.Element("testsuite")!;
        report.Root.Name.LocalName.Should().Be("testsuites");
        suite.Attribute("tests")!.Value.Should().Be("2");
        suite.Attribute("failures")!.Value.Should().Be("1");
        suite.Elements("testcase").Select(t => t.Attribute("name")!.Value).Should().Equal("a.replay", "sub/b.replay");
        suite.Elements("testcase").First().Element("failure").Should().BeNull();
        var failure = suite.Elements("testcase").Last().Element("failure")!;
        failure.Attribute("message")!.Value.Should().Be("line 1: expected screen \"交易成功\", was \"\"");
        failure.Value.Should().StartWith("FAIL sub/b.replay:1: expected screen");
    }

    [Fact]
    public void Markup_characters_and_control_characters_are_escaped_so_the_report_stays_well_formed()
    {
        folder.Write("scripts/<&\"'>.replay", "expect screen \"<b>&amp;\"");
        FakeReplayTarget Target()
        {
            var target = new FakeReplayTarget();
            target.ShowScreen("a]]>b", "bell\u0007 nul\0 \"q\" <tag/> & 'apos' 好");
            target.Log.Add("esc \u001b[31m red");
            return target;
        }

        var report = RunWithJUnit(Target);

        var testcase = report.Root!.Element("testsuite")!.Element("testcase")!;
        testcase.Attribute("name")!.Value.Should().Be("<&\"'>.replay");
        var failure = testcase.Element("failure")!;
        failure.Attribute("message")!.Value.Should().Contain("expected screen \"<b>&amp;\"");
        failure.Value.Should().Contain("a]]>b").And.Contain("bell\uFFFD nul\uFFFD \"q\" <tag/> & 'apos' 好").And.Contain("esc \uFFFD[31m red");
    }

    [Fact]
    public void A_run_without_scripts_still_writes_an_empty_suite()
    {
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "scripts"));

        var report = RunWithJUnit(() => new FakeReplayTarget());

        report.Root!.Element("testsuite")!.Attribute("tests")!.Value.Should().Be("0");
    }
}
