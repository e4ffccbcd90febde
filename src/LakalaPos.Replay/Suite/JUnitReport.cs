using System.Globalization;
using System.Text;
using System.Xml;
using LakalaPos.Replay.Running;

namespace LakalaPos.Replay.Suite;

/// <summary>Writes script results as JUnit XML: one testsuite "replay", one testcase per script, a failure element for each failed one.</summary>
public static class JUnitReport
{
    public static void Write(string path, IReadOnlyList<ScriptResult> results)
    {
        using var stream = File.Create(path);
        Write(stream, results);
    }

    public static void Write(Stream stream, IReadOnlyList<ScriptResult> results)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(stream, settings);
        var failures = results.Count(r => !r.Passed).ToString(CultureInfo.InvariantCulture);
        var tests = results.Count.ToString(CultureInfo.InvariantCulture);
        var time = Seconds(results.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Elapsed));

        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("tests", tests);
        xml.WriteAttributeString("failures", failures);
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("time", time);
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "replay");
        xml.WriteAttributeString("tests", tests);
        xml.WriteAttributeString("failures", failures);
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("time", time);
        foreach (var result in results)
            WriteTestCase(xml, result);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteTestCase(XmlWriter xml, ScriptResult result)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", XmlSafe(result.Name));
        xml.WriteAttributeString("classname", "replay");
        xml.WriteAttributeString("time", Seconds(result.Elapsed));
        if (!result.Passed)
        {
            xml.WriteStartElement("failure");
            var where = result.Line is > 0 ? $"line {result.Line}: " : "";
            xml.WriteAttributeString("message", XmlSafe(where + result.Message));
            xml.WriteAttributeString("type", "ReplayFailure");
            xml.WriteString(XmlSafe(string.Join("\n", SuiteReport.FailureLines(result))));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>XML 1.0 cannot hold some control characters even escaped; a screen or log might, so they become U+FFFD.</summary>
    private static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(text, i, 2);
                i++;
            }
            else
            {
                safe.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }
        return safe.ToString();
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
