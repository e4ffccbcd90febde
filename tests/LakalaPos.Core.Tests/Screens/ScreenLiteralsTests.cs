using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using LakalaPos.Tests.Shared;
using Xunit;

namespace LakalaPos.Core.Tests.Screens;

/// <summary>
/// Screen texts live in the tables (Texts.Zh.cs, Texts.En.cs), keyed by Phrase: a flow or the
/// engine that holds a Chinese literal would show Chinese whatever the parameter <c>language</c> says.
/// Comments may quote the Chinese texts; code may not.
/// </summary>
public sealed class ScreenLiteralsTests
{
    private static readonly string[] Folders = ["src/LakalaPos.Core/Flows", "src/LakalaPos.Core/Engine", "src/LakalaPos.Core/Ecr"];

    private static readonly Regex Cjk = new(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]");

    [Fact]
    public void Flows_and_the_engine_hold_no_Chinese_string_literals()
    {
        var root = RepositoryRoot.Path;
        var found = new List<string>();
        foreach (var folder in Folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                found.AddRange(StringLiterals(File.ReadAllText(file))
                    .Where(l => Cjk.IsMatch(l.Text))
                    .Select(l => $"{relative}:{l.Line}: {l.Text}"));
            }
        }
        found.Should().BeEmpty("screen texts are phrases (Screens/Phrase.cs) with a text in every language (Texts.Zh.cs, Texts.En.cs)");
    }

    [Fact]
    public void The_scanner_sees_literals_and_skips_comments()
    {
        const string source = "// \"注释\"\n/* \"块\" */ var a = \"消费\"; var b = @\"x\"\"退货\"; var c = $\"金额 {x}\"; var d = '\\'';";
        StringLiterals(source).Select(l => l.Text).Should().Equal("消费", "x\"\"退货", "金额 {x}");
    }

    /// <summary>The string literals of C# source, with the line each starts on; comments and char literals are skipped.</summary>
    private static List<(int Line, string Text)> StringLiterals(string source)
    {
        var literals = new List<(int, string)>();
        var line = 1;
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '\n')
            {
                line++;
                i++;
            }
            else if (c == '/' && At(source, i + 1) == '/')
            {
                while (i < source.Length && source[i] != '\n')
                    i++;
            }
            else if (c == '/' && At(source, i + 1) == '*')
            {
                var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? source.Length : end + 2;
                line += source[i..end].Count(ch => ch == '\n');
                i = end;
            }
            else if (c == '\'')
            {
                i++;
                while (i < source.Length && source[i] != '\'')
                    i += source[i] == '\\' ? 2 : 1;
                i++;
            }
            else if (c == '"')
            {
                var start = line;
                var verbatim = Prefix(source, i).Contains('@');
                var text = new StringBuilder();
                if (source.AsSpan(i).StartsWith("\"\"\""))
                {
                    var end = source.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                    end = end < 0 ? source.Length : end;
                    text.Append(source[(i + 3)..end]);
                    i = end + 3;
                }
                else
                {
                    i++;
                    while (i < source.Length)
                    {
                        if (verbatim && source[i] == '"' && At(source, i + 1) == '"')
                        {
                            text.Append("\"\"");
                            i += 2;
                        }
                        else if (source[i] == '"')
                        {
                            i++;
                            break;
                        }
                        else if (!verbatim && source[i] == '\\')
                        {
                            text.Append(source, i, Math.Min(2, source.Length - i));
                            i += 2;
                        }
                        else
                        {
                            text.Append(source[i]);
                            i++;
                        }
                    }
                }
                line += text.ToString().Count(ch => ch == '\n');
                literals.Add((start, text.ToString()));
            }
            else
            {
                i++;
            }
        }
        return literals;
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    // The "$@" or "@" in front of a literal.
    private static string Prefix(string s, int quote)
    {
        var start = quote;
        while (start > 0 && s[start - 1] is '@' or '$')
            start--;
        return s[start..quote];
    }

}
