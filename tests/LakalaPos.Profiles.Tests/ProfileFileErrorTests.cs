using FluentAssertions;
using Xunit;

namespace LakalaPos.Profiles.Tests;

/// <summary>A file that is missing or not a JSON object is one clear line, with the line number for bad JSON.</summary>
public sealed class ProfileFileErrorTests : IDisposable
{
    private readonly ProfileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void A_missing_file_is_named()
    {
        var file = Path.Combine(_scratch.Folder, "absent.json");

        Load(file).Message.Should().Be($"{file}: file not found");
    }

    [Fact]
    public void A_file_in_a_missing_folder_is_named()
    {
        var file = Path.Combine(_scratch.Folder, "no-folder", "absent.json");

        Load(file).Message.Should().Be($"{file}: file not found");
    }

    [Fact]
    public void Invalid_json_gives_the_line_it_is_on()
    {
        var file = _scratch.WriteText("{\n  \"name\": \"sample\",\n  \"test\": tru\n}\n");

        Load(file).Message.Should().StartWith($"{file}: line 3: invalid JSON: ");
    }

    [Fact]
    public void Bytes_that_are_not_utf8_inside_a_string_are_one_clear_line_not_a_crash()
    {
        var file = Path.Combine(_scratch.Folder, "broken.json");
        var text = System.Text.Encoding.UTF8.GetBytes("{ \"name\": \"broken\", \"host\": { \"tpdu\": \"600003");
        File.WriteAllBytes(file, [.. text, 0xFF, .. System.Text.Encoding.UTF8.GetBytes("000\" } }")]);

        Load(file).Message.Should().Be($"{file}: not valid UTF-8 text");
    }

    [Fact]
    public void A_trailing_comma_is_invalid_json()
    {
        var file = _scratch.WriteText("{\n  \"test\": true,\n}\n");

        Load(file).Message.Should().StartWith($"{file}: line 3: invalid JSON: ");
    }

    [Fact]
    public void Comments_are_invalid_json_so_standard_schema_tools_can_read_every_profile()
    {
        var file = _scratch.WriteText("// a comment\n{}\n");

        Load(file).Message.Should().StartWith($"{file}: line 1: invalid JSON: ");
    }

    [Fact]
    public void An_empty_file_is_invalid_json_on_line_1()
    {
        var file = _scratch.WriteText("");

        Load(file).Message.Should().StartWith($"{file}: line 1: invalid JSON: ");
    }

    [Fact]
    public void The_top_level_must_be_an_object()
    {
        var file = _scratch.WriteText("[1, 2]");

        Load(file).Message.Should().Be($"{file}: the top level must be a JSON object, was an array");
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var file = _scratch.WriteText("\uFEFF" + ProfileScratch.Valid().ToJsonString());

        HardwareProfileLoader.Load(file).Name.Should().Be("sample");
    }

    [Fact]
    public void An_unknown_profile_name_lists_the_available_ones()
    {
        var act = () => HardwareProfileLoader.LoadByName(RepositoryPaths.HardwareProfiles, "nope");

        act.Should().Throw<HardwareProfileException>().Which.Message.Should()
            .Be($"{Path.Combine(RepositoryPaths.HardwareProfiles, "nope.json")}: no such profile (available: devkit-58mm, devkit-80mm, emulator, test, test-80mm)");
    }

    [Theory]
    [InlineData("../test")]
    [InlineData("profile.schema")]
    [InlineData("")]
    public void A_profile_name_is_a_plain_name_not_a_path(string name)
    {
        var act = () => HardwareProfileLoader.LoadByName(RepositoryPaths.HardwareProfiles, name);

        act.Should().Throw<HardwareProfileException>().Which.Message.Should()
            .EndWith($": a profile name is letters, digits, '-' and '_', was \"{name}\"");
    }

    private static HardwareProfileException Load(string file)
    {
        var act = () => HardwareProfileLoader.Load(file);
        var error = act.Should().Throw<HardwareProfileException>().Which;
        error.Message.Should().NotContain("\n");
        error.KeyPath.Should().BeNull();
        return error;
    }
}
