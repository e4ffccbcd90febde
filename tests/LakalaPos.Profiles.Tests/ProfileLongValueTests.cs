using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace LakalaPos.Profiles.Tests;

/// <summary>
/// A profile value quoted back in an error is cut: the line shows its first 64 characters and how
/// long it was, so a huge value (a pasted file, a runaway generator) gives a line a person can read.
/// </summary>
public sealed class ProfileLongValueTests : IDisposable
{
    private const int ShortLine = 400;
    private readonly ProfileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void A_value_of_a_million_characters_gives_a_short_error_line()
    {
        // Parsed from memory, and a million characters rather than 50 MB (the command-line test has
        // those): a huge file would only slow the tests beside this one.
        var json = System.Text.Encoding.UTF8.GetBytes(ProfileScratch.With("display.driver", "VALUE").ToJsonString()
            .Replace("\"VALUE\"", "\"" + new string('x', 1_000_000) + "\"", StringComparison.Ordinal));

        var error = Parse(json, "hardware-profiles/sample.json");

        error.Message.Should().Be($"hardware-profiles/sample.json: display.driver: must be one of headless, emulator, vt100-serial, was \"{new string('x', 64)}…(1000000 characters)\"");
    }

    [Theory]
    [InlineData("display.driver", "display.driver: must be one of headless, emulator, vt100-serial, was \"")]
    [InlineData("host.link", "host.link: must be one of simulator, tcp, was \"")]
    [InlineData("host.tpdu", "host.tpdu: must be 10 hex digits (60, destination, source), was \"")]
    [InlineData("host.address", "host.address: must be host:port with a port from 1 to 65535, was \"")]
    [InlineData("name", "name: must match the file name \"sample\", was \"")]
    [InlineData("test", "test: must be true or false, was the string \"")]
    [InlineData("printer.columns", "printer.columns: must be a whole number, was the string \"")]
    public void Every_value_quoted_back_is_cut_to_64_characters(string path, string expectedStart)
    {
        var file = _scratch.Write(ProfileScratch.With(path, new string('7', 10_000)));

        var error = Load(file);

        error.Message.Should().Be($"{file}: {expectedStart}{new string('7', 64)}…(10000 characters)\"");
    }

    [Fact]
    public void A_long_unknown_key_is_cut_in_the_key_path()
    {
        var key = new string('k', 10_000);
        var file = _scratch.Write(ProfileScratch.With("printer." + key, JsonValue.Create(1)));

        var error = Load(file);

        error.Message.Should().StartWith($"{file}: printer.{new string('k', 64)}…(10000 characters): unknown key (allowed here:");
        error.Message.Length.Should().BeLessThan(ShortLine);
    }

    [Fact]
    public void A_long_bare_word_where_json_expects_a_value_gives_a_short_line()
    {
        var json = System.Text.Encoding.UTF8.GetBytes("{\"test\": " + new string('t', 1_000_000) + "}");

        var error = Parse(json, "hardware-profiles/big.json");

        error.Message.Should().Contain($"'{new string('t', 64)}…(").And.EndWith("is an invalid JSON literal. Expected the literal 'true'.");
        error.Message.Length.Should().BeLessThan(ShortLine);
    }

    [Fact]
    public void A_long_profile_name_is_cut_in_the_message_and_in_the_path_it_names()
    {
        var name = new string('n', 100_000);

        var act = () => HardwareProfileLoader.LoadByName(_scratch.Folder, name);

        var error = act.Should().Throw<HardwareProfileException>().Which;
        error.Message.Should().Contain("…(").And.Contain("no such profile");
        error.Message.Length.Should().BeLessThan(ShortLine);
    }

    [Fact]
    public void A_long_key_file_path_gives_a_short_line_when_the_key_is_read()
    {
        var key = KeySource.FromFile(Path.Combine(_scratch.Folder, new string('f', 100_000)), 16);

        var act = () => key.ReadKey();

        act.Should().Throw<HardwareProfileException>().Which.Message.Length.Should().BeLessThan(2 * ShortLine);
    }

    private static HardwareProfileException Parse(byte[] json, string path)
    {
        var act = () => HardwareProfileLoader.Parse(json, path);
        var error = act.Should().Throw<HardwareProfileException>().Which;
        error.Message.Should().NotContain("\n");
        return error;
    }

    private static HardwareProfileException Load(string file)
    {
        var act = () => HardwareProfileLoader.Load(file);
        var error = act.Should().Throw<HardwareProfileException>().Which;
        error.Message.Should().NotContain("\n");
        return error;
    }
}
