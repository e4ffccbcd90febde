using FluentAssertions;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Running;
using LakalaPos.Terminal.Replay;
using Xunit;

namespace LakalaPos.Terminal.Tests;

/// <summary>
/// Spec section 11: a full PAN, track data, a PIN or a key never reaches a log line. Every
/// replay script is run and everything the terminal and the host simulator logged is searched.
/// </summary>
public class NoSecretsInLogsTests
{
    private static readonly string[] TestPans =
    [
        "6222020200112233446", "6258070012345673", "6222020000556677888", "6228480011998877663", "6217000000000000111",
    ];

    private static readonly string[] Keys =
    [
        "0123456789ABCDEFFEDCBA9876543210", // test terminal master key
        "544553542044415441204B455920464F52204C414B414C41504F532054455354", // test PAN data key
    ];

    private static readonly Lazy<IReadOnlyList<string>> AllLogLines = new(RunEveryScript);

    [Fact]
    public void The_scripts_produce_a_log_to_search() => AllLogLines.Value.Should().HaveCountGreaterThan(500);

    [Fact]
    public void No_log_line_holds_a_full_card_number()
    {
        foreach (var pan in TestPans)
        {
            // Without its check digit too: track data and BCD dumps carry the same digits.
            var withoutCheckDigit = pan.Substring(0, pan.Length - 1);
            AllLogLines.Value.Should().NotContain(line => line.Contains(withoutCheckDigit, StringComparison.Ordinal),
                "card {0} must only be logged masked", pan.Substring(0, 6));
        }
    }

    [Fact]
    public void No_log_line_holds_a_key()
    {
        var halves = Keys.Select(k => k.Substring(0, 16)).ToList();
        AllLogLines.Value.Should().NotContain(line => halves.Any(h => line.Contains(h, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Digit_keys_are_never_logged_because_they_may_be_a_pin()
    {
        AllLogLines.Value.Should().Contain(line => line.Contains("Key digit in Sale/Pin", StringComparison.Ordinal));
        AllLogLines.Value.Should().NotContain(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"Key [0-9] in"));
    }

    private static IReadOnlyList<string> RunEveryScript()
    {
        var root = RepositoryRoot.Combine("tests", "scripts");
        var lines = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.replay", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var terminals = new List<ReplayTerminal>();
            var runner = new ScriptRunner(() =>
            {
                var t = new ReplayTerminal(RepositoryRoot.Combine("hardware-profiles"));
                terminals.Add(t);
                return t;
            });
            runner.Run(ScriptParser.Parse(Path.GetFileName(file), File.ReadAllText(file)));
            lines.AddRange(terminals.SelectMany(t => t.FullLog));
        }
        return lines;
    }
}
